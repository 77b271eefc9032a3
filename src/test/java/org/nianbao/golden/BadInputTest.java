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
import org.nianbao.model.ReportSchema;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/**
 * Every hostile or broken input of the corpus gives the outcome its MANIFEST row names: the failure
 * reason for the ones that must fail, the ground truth for the two real reports under hostile conditions
 * (an owner-password PDF; a report presented under a path-traversal name).
 */
class BadInputTest {

    private static final ReportPipeline PIPELINE = TestPipeline.create();

    static Stream<Manifest> badInputs() {
        return Manifest.rows().stream().filter(r -> r.file().startsWith("bad/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void givesTheManifestOutcome(Manifest row) throws IOException {
        Path file = row.path();
        String name = row.quirk("present-as").orElse(file.getFileName().toString());
        Outcome outcome = PIPELINE.process(SourceDocument.of(Files.readAllBytes(file), name, SourceDocument.FOLDER, null));
        if (row.expectedOutcome().startsWith("failed:")) {
            Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, outcome, () -> file + " should fail");
            assertTrue(row.acceptedFailures().contains(failed.code().reason()),
                    () -> file + ": expected " + row.acceptedFailures() + ", got " + failed.reasonLine());
            assertTrue(failed.message().length() > 10, "a reason a person can act on");
            return;
        }
        if (outcome instanceof Outcome.Failed failed) {
            throw new AssertionError(file + " failed: " + failed.reasonLine());
        }
        Outcome.Converted converted = assertInstanceOf(Outcome.Converted.class, outcome);
        JsonNode truth = Json.mapper().readTree(GoldenTest.FIXTURES.resolve("bad/groundtruth").resolve(file.getFileName() + ".json").toFile());
        JsonNode actual = Json.mapper().valueToTree(converted.report());
        List<String> differences = TruthComparison.compare(truth, actual);
        assertEquals(List.of(), differences, () -> file + " differs:\n  " + String.join("\n  ", differences));
        assertEquals(List.of(), ReportSchema.validate(actual));
    }
}
