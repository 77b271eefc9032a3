package org.nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.model.Json;

/**
 * What an image-only (scanned) PDF gives once its pages are read by OCR: no number other than the
 * truth's (a cell OCR could not read stays empty; the real-scan test asserts every cell of a real
 * report), {@code origins} saying {@code ocr}, the truth's metadata and failing checks, and a PAGE_OCR
 * warning naming the pages. Sections are not compared: recognised prose is not guaranteed character for
 * character.
 */
final class ScanExpectation {

    /** The metadata compared for a scan: all but the 索引号 (the generated scans' truth has none). */
    static final List<String> REPORT_FIELDS = List.of("title", "agency", "year", "publishedOn", "region", "template", "scope");

    private ScanExpectation() {
    }

    /** The pages the report's PAGE_OCR warnings name ("page 1", …). */
    static Set<String> ocrPages(JsonNode actual) {
        Set<String> pages = new TreeSet<>();
        actual.path("warnings").forEach(w -> {
            if (w.path("code").asText().equals("PAGE_OCR")) {
                pages.add(w.path("location").asText());
            }
        });
        return pages;
    }

    /** Differences from the truth; {@code reportFields} names the metadata compared. */
    static List<String> check(JsonNode truth, JsonNode actual, List<String> reportFields) {
        ObjectNode expected = lite(truth, reportFields, "expectedFailingChecks");
        ObjectNode read = lite(actual, reportFields, "checks");
        List<String> out = new ArrayList<>();
        // Every number read must be the truth's; a cell OCR could not read stays empty (never a guess).
        for (String table : List.of("proactive", "requests", "reviewLitigation")) {
            numbers("tables." + table, expected.path("tables").path(table), read.path("tables").path(table), out);
        }
        String origins = actual.path("tables").path("origins").toString();
        if (!origins.equals("{\"proactive\":\"ocr\",\"requests\":\"ocr\",\"reviewLitigation\":\"ocr\"}")) {
            out.add("tables.origins: expected ocr for all three tables, got " + origins);
        }
        expected.remove("tables");
        read.remove("tables");
        out.addAll(TruthComparison.compare(expected, read));
        if (ocrPages(actual).isEmpty()) {
            out.add("warnings: no PAGE_OCR warning names the pages read by OCR");
        }
        return out;
    }

    private static void numbers(String path, JsonNode truth, JsonNode actual, List<String> out) {
        if (truth.isObject()) {
            truth.fields().forEachRemaining(e -> numbers(path + "." + e.getKey(), e.getValue(), actual.path(e.getKey()), out));
        } else if (actual.isNumber() && (!truth.isNumber() || actual.decimalValue().compareTo(truth.decimalValue()) != 0)) {
            out.add(path + ": read " + actual + ", the truth is " + truth);
        }
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
