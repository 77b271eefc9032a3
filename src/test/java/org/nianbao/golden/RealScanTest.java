package org.nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;
import org.nianbao.pipeline.Outcome;

/**
 * Real reports printed and scanned (150 dpi grey, turned, speckled, JPEG; no text layer) give every cell
 * of their truth through OCR, with their metadata and expected failing checks, tables marked as read by
 * OCR and every page named in a warning; pages of them show single cases.
 */
class RealScanTest {

    private static final Path DIR = Path.of("src/test/resources/ocr");

    /**
     * Every real scan of the shared set (copied here) gives every cell, metadata field and expected failing
     * check of its truth by the shared scorer's rules, all three tables from OCR, and every page named in a
     * PAGE_OCR warning.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"f001.scan.pdf, f001.scan-pdf.json, 5", "pt-2019.scan.pdf, pt-2019.scan-pdf.json, 10",
            "pt-2021.scan.pdf, pt-2021.scan-pdf.json, 6", "pt-2023.scan.pdf, pt-2023.scan-pdf.json, 5"})
    void aScannedReportGivesEveryCellOfItsTruth(String scan, String truthName, int pages) throws IOException {
        JsonNode actual = converted(scan);
        List<String> differences = RealDocumentsTest.compare(truth(truthName), actual);
        assertEquals(List.of(), differences, () -> scan + " differs from its truth:\n  " + String.join("\n  ", differences));
        assertEquals("{\"proactive\":\"ocr\",\"requests\":\"ocr\",\"reviewLitigation\":\"ocr\"}",
                actual.path("tables").path("origins").toString());
        Set<String> all = new TreeSet<>();
        for (int page = 1; page <= pages; page++) {
            all.add("page " + page);
        }
        assertEquals(all, ScanExpectation.ocrPages(actual));
    }

    /**
     * Table 四 of a page turned by 0.8°, whose narrow header cells hold two characters per line: the
     * strokes of a four-character label line up into a run as long as a short border, touching the
     * table's left border. Taken for a ruling, it made an empty row whose blank cell pushed every value one
     * column to the right (eleven wrong numbers). Every value must sit in its own column.
     */
    @Test
    void aLabelWhoseStrokesLineUpIsNoRulingAndTheValuesKeepTheirColumns() throws IOException {
        JsonNode actual = converted("pt-2023.scan.page4.pdf");
        assertSameTable("reviewLitigation", truth("pt-2023.scan-pdf.json"), actual);
        assertEquals("ocr", actual.path("tables").path("origins").path("reviewLitigation").asText());
    }

    /**
     * Table 二 of the 2019 template printed without borders, over two scanned pages (5 of its 8 rows on the
     * second): the second page lies a few points to the left of the first, and on it one row's size is read
     * smaller than the row above it. Every row must still be found, with every cell of the truth.
     */
    @Test
    void aBorderlessTableOverTwoScannedPagesGivesEveryRow() throws IOException {
        JsonNode actual = converted("pt-2019.scan.pages6-7.pdf");
        assertSameTable("proactive", truth("pt-2019.scan-pdf.json"), actual);
        assertEquals("2019", actual.path("report").path("template").asText());
        assertEquals("ocr", actual.path("tables").path("origins").path("proactive").asText());
    }

    /**
     * Table 三 of the 2019 template over three scanned pages. On the second, the "1" of 部分公开 / 自然人 is
     * printed three pixels from its cell's left border: the detector gives a sliver lying on the border,
     * which grown around its middle crossed the line and was cut back to nothing (the cell was left empty).
     * Every cell of the table must be read.
     */
    @Test
    void aDigitPrintedAgainstItsCellsBorderIsRead() throws IOException {
        JsonNode actual = converted("pt-2019.scan.pages7-9.pdf");
        assertSameTable("requests", truth("pt-2019.scan-pdf.json"), actual);
        assertEquals("ocr", actual.path("tables").path("origins").path("requests").asText());
    }

    private static JsonNode truth(String name) throws IOException {
        return Json.mapper().readTree(DIR.resolve(name).toFile());
    }

    /** The report converted from the scan {@code name}, as JSON; the test fails when it is not converted. */
    private static JsonNode converted(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(name));
        Outcome outcome = TestPipeline.create().process(SourceDocument.of(bytes, name, SourceDocument.FOLDER, null));
        if (outcome instanceof Outcome.Failed failed) {
            throw new AssertionError("failed: " + failed.reasonLine());
        }
        return Json.mapper().valueToTree(assertInstanceOf(Outcome.Converted.class, outcome).report());
    }

    /** Every cell of table {@code table} as the truth has it. */
    private static void assertSameTable(String table, JsonNode truth, JsonNode actual) {
        assertEquals(JsonLeaves.of("tables." + table, truth.path("tables").path(table)),
                JsonLeaves.of("tables." + table, actual.path("tables").path(table)));
    }
}
