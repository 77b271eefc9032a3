package org.nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.model.Json;

/**
 * What an image-only (scanned) PDF gives once its pages are read by OCR: exactly the truth's tables
 * (every cell, and {@code origins} saying {@code ocr}), its metadata and its failing checks, and a
 * PAGE_OCR warning naming every page. Sections are not compared: recognised prose is not guaranteed
 * character for character.
 */
final class ScanExpectation {

    /** The metadata compared for a scan: all of it but the 索引号 (the generated scans' truth has none). */
    static final List<String> REPORT_FIELDS = List.of("title", "agency", "year", "publishedOn", "region", "template", "scope");

    private ScanExpectation() {
    }

    /** Differences from the truth; {@code reportFields} names the metadata compared. */
    static List<String> check(JsonNode truth, JsonNode actual, List<String> reportFields) {
        List<String> out = new ArrayList<>(TruthComparison.compare(lite(truth, reportFields, "expectedFailingChecks"),
                lite(actual, reportFields, "checks")));
        Set<String> pages = new TreeSet<>();
        actual.path("warnings").forEach(w -> {
            if (w.path("code").asText().equals("PAGE_OCR")) {
                pages.add(w.path("location").asText());
            }
        });
        if (pages.isEmpty()) {
            out.add("warnings: no PAGE_OCR warning names the pages read by OCR");
        }
        return out;
    }

    private static ObjectNode lite(JsonNode report, List<String> reportFields, String checks) {
        ObjectNode lite = Json.mapper().createObjectNode();
        ObjectNode meta = lite.putObject("report");
        for (String field : reportFields) {
            meta.set(field, report.path("report").path(field).deepCopy());
        }
        lite.set("tables", report.path("tables").deepCopy());
        lite.set(checks, report.path(checks).deepCopy());
        return lite;
    }
}
