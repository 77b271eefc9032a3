package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.golden.CorpusTruth;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;
import org.nianbao.model.ReportSchema;

/**
 * The running service with its real pipeline, fed the whole corpus at once: every report document and
 * every bad input dropped into the inbox together. Each report ends as exactly one archive entry equal to
 * its ground truth and valid against the schema; each bad input gives its MANIFEST outcome; the service
 * is still running afterwards.
 */
class ServiceCorpusTest {

    @TempDir
    Path base;

    @Test
    void theWholeCorpusDroppedAtOnce() throws Exception {
        Properties settings = new Properties();
        settings.setProperty(Settings.HOME_REGION, "371300");
        // The two scans are read by OCR; this test proves what is read, not how fast a busy machine reads it.
        settings.setProperty(Settings.MAX_WALL_TIME_SECONDS, "600");
        List<CorpusTruth.Drop> drops = CorpusTruth.drops();
        try (RunningService service = RunningService.start(base, new AppConfiguration(), settings)) {
            for (CorpusTruth.Drop drop : drops) {
                service.drop(drop.file(), drop.name());
            }
            Deadline.awaitUpTo("every dropped file has left the inbox", service::inboxIsEmpty, java.time.Duration.ofMinutes(10));
            assertEquals(ServiceStatus.Started, service.context().getRouteController().getRouteStatus("ingest-inbox"));

            List<String> problems = new ArrayList<>();
            var bySha = CorpusTruth.namesBySha(drops);
            Set<String> archived = new HashSet<>();
            for (CorpusTruth.Drop drop : drops) {
                byte[] bytes = Files.readAllBytes(drop.file());
                String sha = SourceDocument.sha256Hex(bytes);
                if (drop.expectedFailure().isPresent()) {
                    problems.addAll(CorpusTruth.checkFailed(service.failed, drop, sha));
                    continue;
                }
                archived.add(sha);
                JsonNode truth = drop.truth().orElseThrow();
                JsonNode meta = truth.path("report");
                // Scans too: read by OCR, they are filed under their region and year like any report.
                Path entry = service.archive.resolve(meta.path("region").path("code").asText() + "-"
                                + meta.path("region").path("name").asText()).resolve(meta.path("year").asText()).resolve(sha);
                if (!Files.isDirectory(entry)) {
                    problems.add(drop.name() + ": no archive entry at " + base.relativize(entry));
                    continue;
                }
                JsonNode report = Json.mapper().readTree(entry.resolve("report.json").toFile());
                List<String> names = bySha.get(sha);
                String storedName = report.path("source").path("fileName").asText();
                if (names.size() > 1 && names.contains(storedName)) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) report.path("source")).put("fileName", drop.name());
                }
                problems.addAll(CorpusTruth.differences(drop, truth, report));
                ReportSchema.validate(report).forEach(v -> problems.add(drop.name() + ": schema: " + v));
                try (Stream<Path> files = Files.list(entry)) {
                    Path original = files.filter(f -> f.getFileName().toString().startsWith("original")).findFirst().orElseThrow();
                    assertArrayEquals(bytes, Files.readAllBytes(original), drop.name() + ": original kept byte for byte");
                }
            }
            assertEquals(List.of(), problems, () -> String.join("\n", problems));
            assertEquals(archived.size(), CorpusTruth.countEntries(service.archive), "one archive entry per distinct document");
        }
    }
}
