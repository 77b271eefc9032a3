package org.nianbao.convert.docx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expected report of a fixture ({@code groundtruth/<file>.json}), reduced to what a converter's
 * output can be checked against: title, section headings, and the printed text of table cells.
 */
public final class GroundTruth {

    /** The column order of table 三 and the block order of table 四. */
    static final List<String> APPLICANT_COLUMNS =
            List.of("naturalPerson", "business", "research", "socialWelfare", "legalService", "otherOrg", "total");
    static final List<String> REVIEW_BLOCKS = List.of("review", "litigationDirect", "litigationAfterReview");
    static final List<String> REVIEW_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    private final JsonNode root;
    private final Map<String, String> blankRaw = new HashMap<>();

    private GroundTruth(JsonNode root) {
        this.root = root;
        for (JsonNode blank : root.path("blankCells")) {
            blankRaw.put(blank.path("path").asText(), blank.path("raw").asText());
        }
    }

    /** The ground truth of {@code source} ({@code <format>/sources/x} → {@code <format>/groundtruth/x.json}). */
    public static GroundTruth of(Path source) {
        Path truth = source.getParent().resolveSibling("groundtruth").resolve(source.getFileName() + ".json");
        try {
            return new GroundTruth(new ObjectMapper().readTree(Files.readString(truth)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ground truth " + truth, e);
        }
    }

    public String title() {
        return root.path("report").path("title").asText();
    }

    /** Each section as printed: number + 、 + heading. */
    public List<String> sectionHeadings() {
        List<String> headings = new ArrayList<>();
        for (JsonNode section : root.path("sections")) {
            headings.add(section.path("number").asText() + "、" + section.path("heading").asText());
        }
        return headings;
    }

    /** The seven expected cells of a table 三 row, e.g. {@code requests.results.total}. */
    public List<Expected> requestsRow(String rowPath) {
        JsonNode row = at("tables." + rowPath);
        List<Expected> cells = new ArrayList<>();
        for (String column : APPLICANT_COLUMNS) {
            cells.add(expected("tables." + rowPath + "." + column, row.path(column)));
        }
        return cells;
    }

    /** The fifteen expected cells of table 四's data row, in printed order. */
    public List<Expected> reviewLitigationRow() {
        List<Expected> cells = new ArrayList<>();
        for (String block : REVIEW_BLOCKS) {
            for (String column : REVIEW_COLUMNS) {
                String path = "tables.reviewLitigation." + block + "." + column;
                cells.add(expected(path, at(path)));
            }
        }
        return cells;
    }

    private Expected expected(String path, JsonNode value) {
        if (value.isNumber()) {
            return new Expected(path, Optional.of(value.decimalValue()), "");
        }
        return new Expected(path, Optional.empty(), blankRaw.getOrDefault(path, ""));
    }

    private JsonNode at(String dottedPath) {
        JsonNode node = root;
        for (String key : dottedPath.split("\\.")) {
            node = node.path(key);
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("ground truth has no " + dottedPath);
        }
        return node;
    }

    /** One expected cell: a number, or for a blank cell the raw text it printed. */
    public record Expected(String path, Optional<BigDecimal> number, String raw) {
    }
}
