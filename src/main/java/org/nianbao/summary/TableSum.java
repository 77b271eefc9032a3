package org.nianbao.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Json;

/**
 * The cell-wise sum of one table over several reports, on the table's JSON tree so that one walk serves
 * every table shape. A null cell adds as 0; a cell that is null in every report stays null (a 规章 printed
 * {@code /} by every agency is still {@code /} in the sum, not an invented 0). A block one report lacks
 * (a table 四 block not printed) is taken whole from the reports that have it.
 */
final class TableSum {

    // Numbers kept as they are: by default a tree strips trailing zeros (20 would come back as 2E+1).
    private static final ObjectMapper TREES = Json.mapper().copy()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final JsonNodeFactory NODES = TREES.getNodeFactory();

    private ObjectNode sum;

    void add(Object table) {
        if (table == null) {
            return;
        }
        JsonNode tree = TREES.valueToTree(table);
        if (sum == null) {
            sum = tree.deepCopy();
        } else {
            merge(sum, tree);
        }
    }

    /** The summed tree; empty when no report had this table. */
    Optional<JsonNode> tree() {
        return Optional.ofNullable(sum);
    }

    /** The sum as the table's record type; empty when no report had this table. */
    <T> Optional<T> as(Class<T> type) {
        if (sum == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TREES.treeToValue(sum, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a summed " + type.getSimpleName() + " no longer fits its shape", e);
        }
    }

    private static void merge(ObjectNode target, JsonNode source) {
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode existing = target.get(name);
            if (value.isObject()) {
                if (existing != null && existing.isObject()) {
                    merge((ObjectNode) existing, value);
                } else {
                    target.set(name, value.deepCopy());
                }
            } else if (value.isNumber()) {
                target.set(name, existing != null && existing.isNumber()
                        ? NODES.numberNode(existing.decimalValue().add(value.decimalValue()))
                        : NODES.numberNode(value.decimalValue()));
            } else if (existing == null) {
                target.set(name, value.deepCopy());
            }
        }
    }

    /**
     * How many cells of {@code table} were null where the sum has a number: the cells taken as 0. Cells
     * under {@code skipped} (a field name) are not counted, for rows the report's template does not have.
     */
    static int nullsTakenAsZero(Object table, JsonNode sum, String skipped) {
        return count(TREES.valueToTree(table), sum, skipped);
    }

    private static int count(JsonNode report, JsonNode sum, String skipped) {
        if (sum.isNumber()) {
            return report == null || !report.isNumber() ? 1 : 0;
        }
        int nulls = 0;
        for (Map.Entry<String, JsonNode> field : sum.properties()) {
            if (!field.getKey().equals(skipped)) {
                JsonNode inReport = report == null || !report.isObject() ? null : report.get(field.getKey());
                nulls += count(inReport, field.getValue(), skipped);
            }
        }
        return nulls;
    }
}
