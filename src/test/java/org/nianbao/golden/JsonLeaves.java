package org.nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** The leaves of a JSON tree by their dotted path, numbers in plain form (70 and 7E+1 are the same number). */
public final class JsonLeaves {

    private JsonLeaves() {
    }

    /** Every leaf under {@code node}, its path starting with {@code path}. */
    public static Map<String, String> of(String path, JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        add(path, node, out);
        return out;
    }

    private static void add(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> add(path + "." + e.getKey(), e.getValue(), out));
        } else {
            out.put(path, node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.toString());
        }
    }
}
