package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.Block;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.html.HtmlConverter;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;

/**
 * A table flattened one cell per line is read by its labels, so one stray or missing number disturbs
 * only its own row: every other cell still equals the ground truth.
 */
class FlattenedTableRobustnessTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/html/sources/syn-045-371311-2023.html");
    private static final Path TRUTH = Path.of("src/test/resources/fixtures/html/groundtruth/syn-045-371311-2023.html.json");

    @Test
    void aStrayNumberOnlyAffectsItsOwnRow() throws Exception {
        List<Block> blocks = blocks();
        int granted = indexOf(blocks, "（一）予以公开");
        blocks.add(granted + 8, Paragraph.plain("7"));
        JsonNode requests = extract(blocks).path("tables").path("requests");
        JsonNode truth = truth();
        List<String> differing = new ArrayList<>();
        compare("", truth, requests, differing);
        assertEquals(List.of(), differing, "the first seven values after the label are kept, the stray one is ignored");
    }

    @Test
    void aMissingNumberOnlyAffectsItsOwnRow() throws Exception {
        List<Block> blocks = blocks();
        int notHeld = indexOf(blocks, "1.本机关不掌握相关政府信息");
        blocks.remove(notHeld + 7);
        JsonNode requests = extract(blocks).path("tables").path("requests");
        assertNull(Json.mapper().treeToValue(requests.path("results").path("unableToProvide").path("notHeld").path("total"), Object.class));
        assertRowsEqualExcept(truth(), requests, "results.unableToProvide.notHeld");
    }

    @Test
    void aTotalRowPrintedWithoutItsOrdinalIsStillTheTotal() throws Exception {
        List<Block> blocks = blocks();
        blocks.set(indexOf(blocks, "（七）总计"), Paragraph.plain("总计"));
        JsonNode requests = extract(blocks).path("tables").path("requests");
        List<String> differing = new ArrayList<>();
        compare("", truth(), requests, differing);
        assertEquals(List.of(), differing, "the header 总计 before the rows is a column, the one after them the （七） row");
    }

    private static void assertRowsEqualExcept(JsonNode truth, JsonNode actual, String disturbed) {
        List<String> differing = new ArrayList<>();
        compare("", truth, actual, differing);
        assertTrue(differing.stream().allMatch(p -> p.startsWith(disturbed + ".")), () -> "rows other than " + disturbed + " changed: " + differing);
    }

    private static void compare(String path, JsonNode truth, JsonNode actual, List<String> differing) {
        if (truth.isObject()) {
            truth.fieldNames().forEachRemaining(n -> compare(path.isEmpty() ? n : path + "." + n, truth.path(n), actual.path(n), differing));
        } else if (truth.isNumber() && actual.isNumber() ? truth.decimalValue().compareTo(actual.decimalValue()) != 0 : !truth.equals(actual)) {
            differing.add(path);
        }
    }

    private static JsonNode truth() throws Exception {
        return Json.mapper().readTree(TRUTH.toFile()).path("tables").path("requests");
    }

    private static List<Block> blocks() throws Exception {
        return new ArrayList<>(new HtmlConverter().convert(Files.readAllBytes(FIXTURE), ParseLimits.DEFAULTS).blocks());
    }

    private static int indexOf(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p && p.text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    private static JsonNode extract(List<Block> blocks) throws Exception {
        ParsedDocument doc = new ParsedDocument(org.nianbao.convert.DocumentFormat.HTML, blocks, List.of(), List.of());
        AnnualReport report = new ReportExtractor((a, c) -> Optional.empty())
                .extract(doc, SourceDocument.of(new byte[] {1}, "x.html", SourceDocument.CLI, null));
        return Json.mapper().valueToTree(report);
    }
}
