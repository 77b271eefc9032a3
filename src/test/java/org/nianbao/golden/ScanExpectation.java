package org.nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an image-only (scanned) PDF gives until pages are recognized: a partial report with no tables,
 * NO_TEXT_LAYER and OCR_REQUIRED warnings and a TABLE_MISSING warning per table. No number is invented.
 */
final class ScanExpectation {

    private ScanExpectation() {
    }

    static List<String> check(JsonNode report) {
        List<String> out = new ArrayList<>();
        if (!report.path("status").asText().equals("partial")) {
            out.add("status: expected partial, got " + report.path("status"));
        }
        for (String table : List.of("proactive", "requests", "reviewLitigation")) {
            if (!report.path("tables").path(table).isNull()) {
                out.add("tables." + table + ": expected null for a page without text, got " + report.path("tables").path(table));
            }
        }
        Set<String> codes = new TreeSet<>();
        report.path("warnings").forEach(w -> codes.add(w.path("code").asText()));
        if (!codes.containsAll(List.of("NO_TEXT_LAYER", "OCR_REQUIRED", "TABLE_MISSING"))) {
            out.add("warnings: expected NO_TEXT_LAYER, OCR_REQUIRED and TABLE_MISSING, got " + codes);
        }
        return out;
    }
}
