package org.nianbao.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.model.Json;
import org.nianbao.model.Tables;

/**
 * Every cell a report's tables hold, by path below {@code tables} ({@code requests.newReceived.total}), in
 * the order of the canonical JSON: the figure, or null for a blank cell. A table the report does not carry
 * has no cells; {@code origins} is not a cell.
 */
final class CellLeaves {

    /** The service's mapper, keeping a figure's scale: 1.50 stays 1.50, as the report printed it. */
    private static final ObjectMapper EXACT = Json.mapper().copy()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private CellLeaves() {
    }

    static Map<String, BigDecimal> of(Tables tables) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (tables == null) {
            return out;
        }
        JsonNode tree = EXACT.valueToTree(tables);
        for (String table : new String[] {"proactive", "requests", "reviewLitigation"}) {
            JsonNode node = tree.path(table);
            if (node.isObject()) {
                walk(table, node, out);
            }
        }
        return out;
    }

    private static void walk(String path, JsonNode node, Map<String, BigDecimal> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isNumber()) {
            out.put(path, node.decimalValue());
        } else if (node.isNull()) {
            out.put(path, null);
        } else {
            throw new IllegalArgumentException("the cell " + path + " holds " + node.getNodeType() + ", not a figure");
        }
    }
}
