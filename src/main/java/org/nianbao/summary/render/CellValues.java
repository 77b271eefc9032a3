package org.nianbao.summary.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.Optional;
import org.nianbao.model.Json;
import org.nianbao.model.Tables;

/**
 * The figures of a {@link Tables}, addressed by their canonical JSON path below {@code tables}
 * ({@code proactive.fees.amountWanYuan}), so that one list of paths serves every rendering.
 */
public final class CellValues {

    /** The service's mapper, but keeping a figure's scale: 1.50 stays 1.50, as the report printed it. */
    private static final ObjectMapper EXACT = Json.mapper().copy()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final JsonNode tree;

    public CellValues(Tables tables) {
        this.tree = tables == null ? MissingNode.getInstance() : EXACT.valueToTree(tables);
    }

    /** The figure at a path; empty for a null cell, an absent table or a path the tables do not have. */
    public Optional<BigDecimal> get(String path) {
        JsonNode node = tree.at("/" + path.replace('.', '/'));
        return node.isNumber() ? Optional.of(node.decimalValue()) : Optional.empty();
    }

    /** The figure as printed in a cell: {@link BigDecimal#toPlainString()}, or empty text for a null cell. */
    public String printed(String path) {
        return get(path).map(BigDecimal::toPlainString).orElse("");
    }
}
