package org.nianbao.summary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.docx.DocxConverter;
import org.nianbao.convert.html.HtmlConverter;
import org.nianbao.convert.pdf.PdfConverter;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.model.Tables;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.region.RegionResolver;
import org.nianbao.summary.RegionalSummary;

/**
 * The Word and PDF renderings, read back by the service's own conversion, give exactly the summary's
 * figures: every cell of the three tables, compared as numbers, and the template.
 */
class SummaryRoundTripTest {

    private static final ReportPipeline PIPELINE = new ReportPipeline(new FormatDetector(),
            List.of(new HtmlConverter(), new DocxConverter(), new PdfConverter()),
            new ReportExtractor(new RegionResolver(RegionCatalog.standard(), "371300")::resolve), ParseLimits.DEFAULTS);
    private static final SummaryPdf PDF = new SummaryPdf();
    private static final SummaryDocx DOCX = new SummaryDocx();

    static Stream<Arguments> renderings() {
        Function<RegionalSummary, byte[]> docx = DOCX::render;
        Function<RegionalSummary, byte[]> pdf = PDF::render;
        return Stream.of(
                Arguments.of("371311", 2020, "summary.docx", docx),
                Arguments.of("371311", 2020, "summary.pdf", pdf),
                Arguments.of("371302", 2023, "summary.docx", docx),
                Arguments.of("371302", 2023, "summary.pdf", pdf));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("renderings")
    void readsBackToTheSummedTables(String region, int year, String fileName, Function<RegionalSummary, byte[]> render) {
        RegionalSummary summary = GroundTruthSummaries.summary(region, year);
        Outcome outcome = PIPELINE.process(SourceDocument.of(render.apply(summary), fileName, SourceDocument.CLI, Instant.EPOCH));
        if (outcome instanceof Outcome.Failed failed) {
            throw new AssertionError(fileName + " could not be read back: " + failed.reasonLine());
        }
        AnnualReport report = ((Outcome.Converted) outcome).report();

        assertEquals(summary.template(), report.report().template(), "template");
        assertEquals(year, report.report().year(), "year read from the title");
        Map<String, BigDecimal> expected = cells(summary.tables());
        Map<String, BigDecimal> actual = cells(report.tables());
        assertEquals(summary.template().equals("2021") ? 207 : 199, expected.size(), "cells in the summary");
        assertEquals(expected.keySet(), actual.keySet(), "cell paths");
        List<String> differences = new ArrayList<>();
        expected.forEach((path, value) -> {
            BigDecimal got = actual.get(path);
            boolean same = value == null ? got == null : got != null && value.compareTo(got) == 0;
            if (!same) {
                differences.add(path + ": summary " + value + ", read back " + got);
            }
        });
        assertEquals(List.of(), differences, fileName + " read back with different figures");
        assertFalse(expected.values().stream().allMatch(v -> v == null || v.signum() == 0), "a summary of only zeros proves nothing");
    }

    /** Every leaf of the three tables by its path; null cells included, so a lost cell is seen. */
    private static Map<String, BigDecimal> cells(Tables tables) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        JsonNode tree = Json.mapper().valueToTree(tables);
        for (String table : List.of("proactive", "requests", "reviewLitigation")) {
            collect(table, tree.path(table), out);
        }
        return out;
    }

    private static void collect(String path, JsonNode node, Map<String, BigDecimal> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(path + "." + field.getKey(), field.getValue(), out);
            }
        } else {
            out.put(path, node.isNumber() ? node.decimalValue() : null);
        }
    }
}
