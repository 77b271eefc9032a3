package org.nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;
import org.nianbao.model.ReportSchema;
import org.nianbao.pipeline.Outcome;

/**
 * Real reports as site crawlers keep their text (src/test/resources/real/text, see its README): one line
 * per cell with blank cells dropped ({@code *.flat.txt}), and the same rows with their cells run together
 * ({@code *.run.txt}). Against the truth read from the sites' own tables: no cell is a wrong number, at
 * least 90% of the cells of each set are recovered, every cell left empty is named by a warning, the
 * metadata and the checks are right, and the tables say they came from text.
 */
class FlatTextGoldenTest {

    static final Path DIR = Path.of("src/test/resources/real/text");
    private static final List<String> IDS = List.of("f001", "pt-2019", "pt-2021", "pt-2023");

    @ParameterizedTest(name = "*.{0}")
    @ValueSource(strings = {"flat.txt", "run.txt"})
    void everyCellReadIsRightAndNinetyPercentAreRead(String kind) throws IOException {
        int cells = 0;
        int recovered = 0;
        for (String id : IDS) {
            JsonNode truth = Json.mapper().readTree(DIR.resolve(id + ".flat.txt.json").toFile());
            JsonNode report = convert(id + "." + kind);
            List<String> wrong = new ArrayList<>();
            Set<String> declined = new TreeSet<>();
            for (Map.Entry<String, JsonNode> leaf : leaves(truth.path("tables"), "tables")) {
                JsonNode out = at(report, leaf.getKey());
                JsonNode expected = leaf.getValue();
                cells++;
                if (out.isNull() || out.isMissingNode()) {
                    if (expected.isNull()) {
                        recovered++;
                    } else {
                        declined.add(leaf.getKey());
                    }
                } else if (expected.isNull() || out.decimalValue().compareTo(expected.decimalValue()) != 0) {
                    wrong.add(leaf.getKey() + ": truth " + expected + ", read " + out);
                } else {
                    recovered++;
                }
            }
            assertEquals(List.of(), wrong, id + "." + kind + ": wrong numbers");
            for (String path : declined) {
                assertTrue(warned(report, path), () -> id + "." + kind + ": " + path + " is empty without a warning naming its row");
            }
            assertEquals("text", report.path("tables").path("origins").path("requests").asText(), id);
            assertEquals("text", report.path("tables").path("origins").path("reviewLitigation").asText(), id);
            assertEquals(expectedFailures(truth), failures(report), id + "." + kind + ": failing checks");
            assertEquals(truth.path("report").path("title").asText(), report.path("report").path("title").asText(), id);
            assertEquals(truth.path("report").path("year").asInt(), report.path("report").path("year").asInt(), id);
            assertEquals(truth.path("report").path("template").asText(), report.path("report").path("template").asText(), id);
        }
        double share = recovered / (double) cells;
        assertTrue(share >= 0.9, kind + ": " + recovered + " of " + cells + " cells recovered");
    }

    @ParameterizedTest(name = "f001.{0}")
    @ValueSource(strings = {"flat.txt", "run.txt"})
    void theCountyAgencyIsPlacedInItsCounty(String kind) throws IOException {
        JsonNode report = convert("f001." + kind);
        assertEquals("沭阳县发展和改革局", report.path("report").path("agency").asText());
        assertEquals("321322", report.path("report").path("region").path("code").asText());
    }

    static JsonNode convert(String file) throws IOException {
        Outcome outcome = TestPipeline.create().process(SourceDocument.of(Files.readAllBytes(DIR.resolve(file)), file,
                SourceDocument.FOLDER, null));
        Outcome.Converted converted = assertInstanceOf(Outcome.Converted.class, outcome, () -> file + ": " + outcome);
        JsonNode report = Json.mapper().valueToTree(converted.report());
        assertEquals(List.of(), ReportSchema.validate(report), file);
        return report;
    }

    /** A CELLS_UNSETTLED warning whose location is the cell's row (or, for a sum the extractor makes, one of its rows). */
    private static boolean warned(JsonNode report, String path) {
        String row = path.substring(0, path.lastIndexOf('.'));
        String summed = row.endsWith("results.otherHandling") ? row + "Detail" : row;
        for (JsonNode w : report.path("warnings")) {
            String at = w.path("location").asText();
            if (w.path("code").asText().equals("CELLS_UNSETTLED") && (at.equals(row) || at.startsWith(summed) || path.startsWith(at + "."))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> expectedFailures(JsonNode truth) {
        Set<String> out = new TreeSet<>();
        truth.path("expectedFailingChecks").forEach(c -> out.add(c.path("id").asText() + " " + c.path("target").asText().replaceFirst("^tables\\.", "")));
        return out;
    }

    private static Set<String> failures(JsonNode report) {
        Set<String> out = new TreeSet<>();
        for (JsonNode c : report.path("checks")) {
            if (c.path("status").asText().equals("fail") && Set.of("R1", "R2", "R3", "R4").contains(c.path("id").asText())) {
                out.add(c.path("id").asText() + " " + c.path("target").asText().replaceFirst("^tables\\.", ""));
            }
        }
        return out;
    }

    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    static List<Map.Entry<String, JsonNode>> leaves(JsonNode node, String prefix) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                out.addAll(leaves(f.getValue(), prefix + "." + f.getKey()));
            }
        } else {
            out.add(Map.entry(prefix, node));
        }
        return out;
    }
}
