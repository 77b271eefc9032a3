package org.nianbao.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Check;
import org.nianbao.model.Json;
import org.nianbao.model.Tables;

/**
 * R5: every count is a non-negative integer. The 2019 本年增/减 ({@code change}) may be negative and
 * money amounts may be decimal. One check per table present.
 */
final class NonNegativeCounts {

    private NonNegativeCounts() {
    }

    static List<Check> check(Tables tables) {
        List<Check> checks = new ArrayList<>();
        add(checks, "proactive", tables.proactive());
        add(checks, "requests", tables.requests());
        add(checks, "reviewLitigation", tables.reviewLitigation());
        return checks;
    }

    private static void add(List<Check> checks, String name, Object table) {
        if (table == null) {
            return;
        }
        List<String> bad = new ArrayList<>();
        walk(Json.mapper().valueToTree(table), "tables." + name, bad);
        checks.add(new Check("R5", "tables." + name, bad.isEmpty() ? Check.PASS : Check.FAIL, null, null,
                bad.isEmpty() ? "all counts non-negative integers" : "not a non-negative integer: " + String.join(", ", bad)));
    }

    private static void walk(JsonNode node, String path, List<String> bad) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path + "." + e.getKey(), bad);
            }
            return;
        }
        if (!node.isNumber()) {
            return;
        }
        BigDecimal v = node.decimalValue();
        String field = path.substring(path.lastIndexOf('.') + 1);
        boolean money = field.startsWith("amount");
        boolean signed = field.equals("change");
        boolean integral = v.stripTrailingZeros().scale() <= 0;
        if ((!signed && v.signum() < 0) || (!money && !integral)) {
            bad.add(path + "=" + v.toPlainString());
        }
    }
}
