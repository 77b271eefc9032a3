package org.nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;
import org.nianbao.model.ReportSchema;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/**
 * Real reports (saved pages of two government sites, and their Chromium and LibreOffice renditions as
 * PDF, DOCX and DOC) convert to every cell, metadata field and failing check of their truth, compared by
 * the rules of the shared scorer: metadata strings after NFKC without whitespace with the truth's
 * {@code acceptAlso} alternatives, numbers within 1e-6, null only for null (or an object of nulls), and
 * exactly the expected failing R1–R4 checks. See {@code fixtures/real/README.md}.
 */
class RealDocumentsTest {

    static final Path REAL = Path.of("src/test/resources/fixtures/real");
    private static final Set<String> CHECK_IDS = Set.of("R1", "R2", "R3", "R4");
    private static final ReportPipeline PIPELINE = TestPipeline.create();

    static Stream<Arguments> documents() throws IOException {
        List<String> lines = Files.readAllLines(REAL.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).map(f -> Arguments.of(
                Path.of(f[0]).getFileName().toString(), Path.of(f[3]).getFileName().toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void convertsToItsTruth(String document, String truthName) throws IOException {
        Path file = REAL.resolve("docs").resolve(document);
        JsonNode truth = Json.mapper().readTree(REAL.resolve("truth").resolve(truthName).toFile());
        Outcome outcome = PIPELINE.process(SourceDocument.of(Files.readAllBytes(file), document, SourceDocument.FOLDER, null));
        if (outcome instanceof Outcome.Failed failed) {
            throw new AssertionError(document + " failed: " + failed.reasonLine());
        }
        JsonNode actual = Json.mapper().valueToTree(assertInstanceOf(Outcome.Converted.class, outcome).report());
        List<String> differences = compare(truth, actual);
        assertEquals(List.of(), differences, () -> document + " differs from its truth:\n  " + String.join("\n  ", differences));
        assertEquals(List.of(), ReportSchema.validate(actual), "schema violations");
    }

    /** Every difference the shared scorer would count, one line each. */
    static List<String> compare(JsonNode truth, JsonNode actual) {
        List<String> out = new ArrayList<>();
        JsonNode accept = truth.path("acceptAlso");
        Set<String> uncertain = new TreeSet<>();
        truth.path("uncertain").forEach(u -> uncertain.add(u.asText()));
        leaves("report", truth.path("report"), (path, value) -> {
            JsonNode got = at(actual, path);
            List<String> accepted = new ArrayList<>();
            accepted.add(value.isNull() ? null : value.asText());
            accept.path(path).forEach(a -> accepted.add(a.asText()));
            boolean ok = got.isMissingNode() || got.isNull() ? value.isNull()
                    : accepted.stream().anyMatch(a -> a != null && normalized(a).equals(normalized(got.asText())));
            if (!ok) {
                out.add(path + ": expected " + value + " (or " + accept.path(path) + "), got " + got);
            }
        });
        for (String table : List.of("proactive", "requests", "reviewLitigation")) {
            JsonNode want = truth.path("tables").path(table);
            if (want.isMissingNode()) {
                continue;
            }
            leaves("tables." + table, want, (path, value) -> {
                if (uncertain.contains(path)) {
                    return;
                }
                JsonNode got = at(actual, path);
                if (!cellEqual(value, got)) {
                    out.add(path + ": expected " + value + ", got " + got);
                }
            });
        }
        Set<String> expected = new TreeSet<>();
        truth.path("expectedFailingChecks").forEach(c -> expected.add(c.path("id").asText() + " " + target(c)));
        Set<String> failing = new TreeSet<>();
        actual.path("checks").forEach(c -> {
            if ("fail".equals(c.path("status").asText()) && CHECK_IDS.contains(c.path("id").asText())) {
                failing.add(c.path("id").asText() + " " + target(c));
            }
        });
        if (!expected.equals(failing)) {
            out.add("failing checks: expected " + expected + ", got " + failing);
        }
        return out;
    }

    private static String target(JsonNode check) {
        String t = check.path("target").asText();
        return t.startsWith("tables.") ? t.substring("tables.".length()) : t;
    }

    private static boolean cellEqual(JsonNode truth, JsonNode got) {
        if (got.isMissingNode()) {
            return false;
        }
        if (truth.isNull()) {
            return got.isNull() || got.isObject() && allNull(got);
        }
        if (truth.isNumber()) {
            return got.isNumber() && Math.abs(truth.doubleValue() - got.doubleValue()) < 1e-6;
        }
        return truth.equals(got);
    }

    private static boolean allNull(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                if (!allNull(it.next())) {
                    return false;
                }
            }
            return true;
        }
        return node.isNull();
    }

    private static void leaves(String prefix, JsonNode node, java.util.function.BiConsumer<String, JsonNode> sink) {
        if (node.isObject() && node.size() > 0) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                leaves(prefix + "." + e.getKey(), e.getValue(), sink);
            }
        } else {
            sink.accept(prefix, node);
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode current = root;
        for (String part : path.split("\\.")) {
            current = current.path(part);
        }
        return current;
    }

    private static String normalized(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    @org.junit.jupiter.api.Test
    void everyTextLayerKindIsCovered() throws IOException {
        Set<String> kinds = new TreeSet<>();
        documents().forEach(a -> {
            String name = (String) a.get()[1];
            String stem = name.substring(0, name.length() - ".json".length());
            kinds.add(stem.contains(".") ? stem.substring(stem.indexOf('.') + 1) : stem.contains("prose") ? "prose" : "html");
        });
        assertEquals(Set.of("html", "prose", "chromium-pdf", "lo-pdf", "lo-docx", "lo-doc"), kinds);
        assertTrue(Files.isRegularFile(REAL.resolve("README.md")));
    }
}
