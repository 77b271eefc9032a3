package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.Block;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.html.HtmlConverter;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;

/**
 * Table 三's rows are found by the template, not only by their exact labels: each disturbance below made
 * the old reading lose or shift a row (its cells null, or numbers in the wrong columns and a check failing
 * on the reader's own mistake); now every cell equals the ground truth, and a warning says where the
 * reading was inferred. The arithmetic that chooses between readings never hides an error the printed
 * numbers really make.
 */
class TemplateRowsTest {

    /** A report whose table 三 is flattened one cell per line; its numbers pass every check. */
    private static final String FLAT = "syn-045-371311-2023.html";
    /** A report whose table 三 is printed as "| a | b |" lines; its 不掌握 row really fails R2 (5+1 ≠ 7). */
    private static final String PIPES = "syn-046-371312-2023.html";

    @Test
    void aGarbledLabelIsReadByItsPlaceBetweenItsNeighbours() throws Exception {
        List<Block> blocks = blocks(FLAT);
        replace(blocks, "2.其他法律行政法规禁止公开", "2.其他法律行政止公开");
        JsonNode report = extract(blocks);
        assertEquals(List.of(), differences(FLAT, report));
        assertWarned(report, "TABLE_ROW_BY_PLACE", "tables.requests.results.denied.prohibitedByLaw");
    }

    @Test
    void aGarbledLabelOfTable二IsReadByItsPlace() throws Exception {
        List<Block> blocks = blocks(FLAT);
        replace(blocks, "行政规范性文件", "行政规苑性文件");
        JsonNode report = extract(blocks);
        JsonNode truth = Json.mapper().readTree(Path.of("src/test/resources/fixtures/html/groundtruth").resolve(FLAT + ".json").toFile());
        List<String> out = new ArrayList<>();
        compare("proactive", truth.path("tables").path("proactive"), report.path("tables").path("proactive"), out);
        assertEquals(List.of(), out);
        assertWarned(report, "TABLE_ROW_BY_PLACE", "tables.proactive.normativeDocuments");
    }

    @Test
    void aLabelWithNothingLikeTheTemplateIsNotPlaced() throws Exception {
        List<Block> blocks = blocks(FLAT);
        replace(blocks, "2.其他法律行政法规禁止公开", "2.甲乙丙丁");
        JsonNode report = extract(blocks);
        JsonNode row = report.path("tables").path("requests").path("results").path("denied").path("prohibitedByLaw");
        row.forEach(cell -> assertTrue(cell.isNull(), "an unrecognisable row stays unread: " + row));
        assertWarned(report, "TABLE_ROW_UNRECOGNISED", "tables.requests");
    }

    @Test
    void aRenumberedLabelIsStillItsRow() throws Exception {
        List<Block> blocks = blocks(FLAT);
        replace(blocks, "1.属于国家秘密", "1、属于国家秘密");
        replace(blocks, "3.补正后申请内容仍不明确", "(3)补正后申请内容仍不明确");
        assertEquals(List.of(), differences(FLAT, extract(blocks)));
    }

    @Test
    void aLabelSplitOverTwoLinesIsOneLabel() throws Exception {
        List<Block> blocks = blocks(FLAT);
        int at = replace(blocks, "1.本机关不掌握相关政府信息", "1.本机关不掌握相关");
        blocks.add(at + 1, Paragraph.plain("政府信息"));
        assertEquals(List.of(), differences(FLAT, extract(blocks)));
    }

    @Test
    void aLabelSpreadOverTwoCellsIsOneLabel() throws Exception {
        List<Block> blocks = blocks(FLAT);
        int at = replace(blocks, "2.重复申请", "2.重复");
        blocks.add(at + 1, Paragraph.plain("申请"));
        assertEquals(List.of(), differences(FLAT, extract(blocks)));
    }

    @Test
    void aGroupLabelCutByAPageBreakChangesNothing() throws Exception {
        List<Block> blocks = blocks(FLAT);
        int at = replace(blocks, "（四）无法提供", "（四）无");
        blocks.add(at + 1, Paragraph.plain("法提供"));
        assertEquals(List.of(), differences(FLAT, extract(blocks)));
    }

    @Test
    void aLabelSpilledIntoAnExtraCellIsAlignedByTheArithmetic() throws Exception {
        List<Block> blocks = blocks(PIPES);
        replaceStart(blocks, "| （七）总计 |", "| （七）总计 |  |");
        JsonNode report = extract(blocks);
        assertEquals(List.of(), differences(PIPES, report), "the blank spill cell is left out, the numbers keep their columns");
        assertWarned(report, "TABLE_ROW_READING", "tables.requests.results.total");
        assertEquals(Set.of("R2 requests.results.unableToProvide.notHeld", "R3 requests.total"), failing(report),
                "exactly the document's own failures");
    }

    @Test
    void theArithmeticDoesNotHideAFailureThePrintedNumbersMake() throws Exception {
        List<Block> blocks = blocks(PIPES);
        replaceStart(blocks, "| （四）无法提供 | 1.本机关不掌握相关政府信息 |", "| （四）无法提供 | 1.本机关不掌握相关政府信息 |  |");
        JsonNode report = extract(blocks);
        assertEquals(Set.of("R2 requests.results.unableToProvide.notHeld", "R3 requests.total"), failing(report));
        JsonNode r2 = check(report, "R2", "requests.results.unableToProvide.notHeld");
        List<String> cells = new ArrayList<>();
        r2.path("cells").forEach(c -> cells.add(c.asText()));
        assertEquals(List.of("naturalPerson", "business", "research", "socialWelfare", "legalService", "otherOrg", "total")
                .stream().map(c -> "tables.requests.results.unableToProvide.notHeld." + c).toList(), cells);
    }

    @Test
    void aFailedCheckNamesThePrintedCellsItUsed() throws Exception {
        JsonNode report = extract(blocks(PIPES));
        JsonNode r3 = check(report, "R3", "requests.total");
        List<String> cells = new ArrayList<>();
        r3.path("cells").forEach(c -> cells.add(c.asText()));
        assertEquals("tables.requests.results.granted.total", cells.get(0));
        assertEquals("tables.requests.results.total.total", cells.get(cells.size() - 1));
        assertEquals(22, cells.size(), "the 21 result rows of the 2021 template and the （七）总计");
        JsonNode passed = check(report, "R1", "requests.naturalPerson");
        assertTrue(passed.path("cells").isMissingNode(), "a passing check names no cells");
    }

    @Test
    void ambiguousReadingsKeepOnlyTheCellsTheyAgreeOn() throws Exception {
        List<Block> blocks = blocks(FLAT);
        int granted = indexOf(blocks, "（一）予以公开");
        blocks.add(granted + 1, Paragraph.plain("0"));
        JsonNode report = extract(blocks);
        JsonNode row = report.path("tables").path("requests").path("results").path("granted");
        // 0 | 2 0 0 0 0 0 2: leaving out the first value or one of the zeros after the 2 both balance.
        assertTrue(row.path("naturalPerson").isNull() && row.path("business").isNull(), row::toString);
        assertEquals(2, row.path("total").intValue());
        assertEquals(0, row.path("research").intValue());
        assertTrue(failing(report).isEmpty(), () -> "no check fails on the reader's doubt: " + failing(report));
        assertWarned(report, "TABLE_ROW_READING", "tables.requests.results.granted");
    }

    @Test
    void similarityOfLabels() {
        assertEquals(1.0, RowPlacement.similarity("2.其他法律行政法规禁止公开", "其他法律行政法规禁止公开"), 1e-9);
        assertTrue(RowPlacement.similarity("2.其他法律行政止公开", "其他法律行政法规禁止公开") > 0.6);
        assertEquals(0.0, RowPlacement.similarity("甲乙丙丁", "重复申请"), 1e-9);
    }

    // --- helpers

    private static List<Block> blocks(String file) throws Exception {
        Path source = Path.of("src/test/resources/fixtures/html/sources").resolve(file);
        return new ArrayList<>(new HtmlConverter().convert(Files.readAllBytes(source), ParseLimits.DEFAULTS).blocks());
    }

    private static int replace(List<Block> blocks, String text, String with) {
        int at = indexOf(blocks, text);
        blocks.set(at, Paragraph.plain(with));
        return at;
    }

    private static void replaceStart(List<Block> blocks, String start, String with) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p && p.text().strip().startsWith(start)) {
                blocks.set(i, Paragraph.plain(with + p.text().strip().substring(start.length())));
                return;
            }
        }
        throw new AssertionError("no paragraph starting " + start);
    }

    private static int indexOf(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p && p.text().strip().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    private static JsonNode extract(List<Block> blocks) throws Exception {
        ParsedDocument doc = new ParsedDocument(DocumentFormat.HTML, blocks, List.of(), List.of());
        AnnualReport report = new ReportExtractor((a, c) -> Optional.empty())
                .extract(doc, SourceDocument.of(new byte[] {1}, "x.html", SourceDocument.CLI, null));
        return Json.mapper().valueToTree(report);
    }

    /** Cells of table 三 that differ from the fixture's ground truth. */
    private static List<String> differences(String file, JsonNode report) throws Exception {
        JsonNode truth = Json.mapper().readTree(Path.of("src/test/resources/fixtures/html/groundtruth").resolve(file + ".json").toFile());
        List<String> out = new ArrayList<>();
        compare("requests", truth.path("tables").path("requests"), report.path("tables").path("requests"), out);
        return out;
    }

    private static void compare(String path, JsonNode truth, JsonNode actual, List<String> out) {
        if (truth.isObject()) {
            truth.fieldNames().forEachRemaining(n -> compare(path + "." + n, truth.path(n), actual.path(n), out));
        } else if (truth.isNumber() && actual.isNumber() ? truth.decimalValue().compareTo(actual.decimalValue()) != 0 : !truth.equals(actual)) {
            out.add(path + ": expected " + truth + ", got " + actual);
        }
    }

    private static Set<String> failing(JsonNode report) {
        Set<String> out = new TreeSet<>();
        report.path("checks").forEach(c -> {
            if ("fail".equals(c.path("status").asText()) && c.path("id").asText().matches("R[1-4]")) {
                out.add(c.path("id").asText() + " " + c.path("target").asText());
            }
        });
        return out;
    }

    private static JsonNode check(JsonNode report, String id, String target) {
        for (JsonNode c : report.path("checks")) {
            if (c.path("id").asText().equals(id) && c.path("target").asText().equals(target)) {
                return c;
            }
        }
        throw new AssertionError("no check " + id + " " + target);
    }

    private static void assertWarned(JsonNode report, String code, String location) {
        List<String> seen = new ArrayList<>();
        for (JsonNode w : report.path("warnings")) {
            seen.add(w.path("code").asText() + " @ " + w.path("location").asText());
            if (w.path("code").asText().equals(code) && w.path("location").asText().equals(location)) {
                return;
            }
        }
        throw new AssertionError("no warning " + code + " at " + location + "; warnings: " + seen);
    }
}
