package org.nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/**
 * Every fixture document with a ground-truth file converts to exactly that JSON (as the corpus defines
 * "exactly": see {@link TruthComparison}), and every JSON is valid against the project's schema.
 * A fixture without its ground truth fails; ground truth is never regenerated from the program's output.
 */
class GoldenTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final ReportPipeline PIPELINE = TestPipeline.create();

    static Stream<Path> documents() throws IOException {
        return Stream.of("html", "docx", "doc", "pdf").flatMap(format -> list(FIXTURES.resolve(format).resolve("sources")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void convertsToItsGroundTruth(Path file) throws IOException {
        Path truthFile = file.getParent().resolveSibling("groundtruth").resolve(file.getFileName() + ".json");
        assertTrue(Files.exists(truthFile), "no ground truth for " + file);
        JsonNode truth = withoutUnprintedIndexNumber(Json.mapper().readTree(truthFile.toFile()), Files.readAllBytes(file));
        Outcome outcome = PIPELINE.process(SourceDocument.of(Files.readAllBytes(file), file.getFileName().toString(),
                SourceDocument.FOLDER, null));
        if (outcome instanceof Outcome.Failed failed) {
            throw new AssertionError(file + " failed: " + failed.reasonLine());
        }
        Outcome.Converted converted = assertInstanceOf(Outcome.Converted.class, outcome);
        JsonNode actual = Json.mapper().valueToTree(converted.report());
        List<String> differences = isScan(file)
                ? ScanExpectation.check(truth, actual, ScanExpectation.REPORT_FIELDS)
                : TruthComparison.compare(truth, actual);
        assertEquals(List.of(), differences, () -> file + " differs from its ground truth:\n  " + String.join("\n  ", differences));
        assertEquals(List.of(), org.nianbao.model.ReportSchema.validate(actual), "schema violations");
    }

    /**
     * The 索引号 is read only from what the document shows. Fourteen county-style pages of the corpus have
     * an index number in their truth that appears nowhere in their bytes (their page template prints no
     * 索引号); for those, and only those, null is expected. Every truth index number that the document does
     * print is compared exactly.
     */
    static JsonNode withoutUnprintedIndexNumber(JsonNode truth, byte[] source) {
        JsonNode index = truth.path("report").path("indexNumber");
        if (index.isTextual() && !contains(source, index.asText())) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) truth.path("report")).putNull("indexNumber");
        }
        return truth;
    }

    private static boolean contains(byte[] haystack, String needle) {
        String latin = new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1);
        return latin.contains(new String(needle.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1))
                || latin.contains(new String(needle.getBytes(java.nio.charset.Charset.forName("GB18030")), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The MANIFEST marks image-only PDFs; they are read by OCR (see {@link ScanExpectation}). */
    private static boolean isScan(Path file) {
        String relative = FIXTURES.relativize(file).toString().replace("/sources/", "/");
        return Manifest.rows().stream().anyMatch(r -> r.file().equals(relative) && r.quirks().contains("no-text-layer"));
    }

    static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }
}
