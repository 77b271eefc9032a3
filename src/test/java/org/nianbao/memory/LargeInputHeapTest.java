package org.nianbao.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.memory.ServiceInChildJvm.await;
import static org.nianbao.memory.ServiceInChildJvm.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.FailedFolder;
import org.nianbao.convert.ParseLimits;
import org.nianbao.model.Json;

/**
 * The service at the heap README.md documents ({@value #HEAP}), fed the largest inputs the default limits
 * accept in each format and inputs just past them: every one converts or fails with a reason, none runs
 * the JVM out of memory, and the service then stops cleanly. The inputs are made on the fly.
 */
class LargeInputHeapTest {

    static final String HEAP = "-Xmx256m";
    private static final long MIB = 1024 * 1024;
    private static final Path DOC = Path.of("src/test/resources/fixtures/doc/sources/syn-009-371302-2020.doc");

    @TempDir
    Path base;

    @Test
    void everyInputInsideTheLimitsConvertsOrFailsWithAReasonAtTheDocumentedHeap() throws Exception {
        Path incoming = Files.createDirectories(base.resolve("incoming"));
        long maxBytes = ParseLimits.DEFAULTS.maxBytes();
        long markup = ParseLimits.DEFAULT_MAX_MARKUP_BYTES;
        // name -> the reason it must fail with, or "" when it must not fail for lack of memory
        Map<String, String> expected = new LinkedHashMap<>();
        LargeInputs.flatHtml(incoming.resolve("flat-45mb.html"), 45 * MIB);
        expected.put("flat-45mb.html", "too-large");
        LargeInputs.docx(incoming.resolve("document-xml-60mb.docx"), 60 * MIB);
        expected.put("document-xml-60mb.docx", "too-large");
        LargeInputs.pdf(incoming.resolve("text-over-limit.pdf"), 40);
        expected.put("text-over-limit.pdf", "too-large");
        // At the limits: as much markup and as many tags as allowed, in the shape that costs most per byte.
        LargeInputs.flatHtml(incoming.resolve("markup-limit.html"), markup - 4096, 8);
        expected.put("markup-limit.html", "");
        LargeInputs.docx(incoming.resolve("markup-limit.docx"), markup - 4096, 22);
        expected.put("markup-limit.docx", "");
        LargeInputs.pdf(incoming.resolve("text-limit.pdf"), 31);
        expected.put("text-limit.pdf", "");
        LargeInputs.docxWithPicture(incoming.resolve("picture-limit.docx"), maxBytes - MIB);
        expected.put("picture-limit.docx", "");
        LargeInputs.paddedDoc(incoming.resolve("padded-limit.doc"), DOC, maxBytes - MIB);
        expected.put("padded-limit.doc", "");
        for (String name : expected.keySet()) {
            assertTrue(Files.size(incoming.resolve(name)) <= maxBytes, name + " is inside the file-size limit");
        }

        Path inbox = base.resolve("inbox");
        Path log = base.resolve("service.log");
        Process service = ServiceInChildJvm.start(base, inbox, log, HEAP);
        try {
            await("the service is ready", () -> read(log).contains("ready:"), 120);
            for (String name : expected.keySet()) {
                Files.move(incoming.resolve(name), inbox.resolve(name));
            }
            await("every input has left the inbox", () -> isEmpty(inbox), 600);
            Map<String, String> outcomes = outcomes(base.resolve("failed"), base.resolve("archive"));
            assertEquals(new TreeMap<>(expected).keySet(), new TreeMap<>(outcomes).keySet(), outcomes.toString());
            expected.forEach((name, reason) -> {
                if (reason.isEmpty()) {
                    assertNotEquals("internal-error", outcomes.get(name), name);
                    assertNotEquals("too-large", outcomes.get(name), name + " is inside every limit");
                } else {
                    assertEquals(reason, outcomes.get(name), name);
                }
            });
            assertFalse(read(log).contains("OutOfMemoryError"), read(log));
        } finally {
            service.destroy();
            assertTrue(service.waitFor(60, TimeUnit.SECONDS), "the service stops");
        }
        assertEquals(0, service.exitValue(), read(log));
    }

    /** Input name -> "archived" or the failure reason code. */
    private static Map<String, String> outcomes(Path failed, Path archive) throws IOException {
        Map<String, String> outcomes = new TreeMap<>();
        try (Stream<Path> reasons = Files.list(failed)) {
            for (Path reason : reasons.filter(p -> p.toString().endsWith(FailedFolder.REASON_SUFFIX)).toList()) {
                JsonNode json = Json.mapper().readTree(reason.toFile());
                outcomes.put(json.path("fileName").asText(), json.path("code").asText());
            }
        }
        if (Files.isDirectory(archive)) {
            try (Stream<Path> reports = Files.walk(archive)) {
                for (Path report : reports.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
                    JsonNode json = Json.mapper().readTree(report.toFile());
                    outcomes.put(json.path("source").path("fileName").asText(), "archived");
                }
            }
        }
        return outcomes;
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
