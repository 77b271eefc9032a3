package org.nianbao.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.memory.ServiceInChildJvm.await;
import static org.nianbao.memory.ServiceInChildJvm.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.FailedFolder;
import org.nianbao.golden.JsonLeaves;
import org.nianbao.model.Json;

/**
 * The service reading a scanned page by OCR at the memory README.md states for it: {@value #HEAP} of heap
 * with one inbox worker and one OCR worker, and at most {@value #MAX_RESIDENT_MB} MB resident in all (ONNX
 * Runtime's native memory is outside the heap). Run in a child JVM: the page's table comes out whole
 * (every cell of its truth), no {@code OutOfMemoryError} occurs, the process's peak resident set (VmHWM)
 * stays under the stated figure, and the service then stops with status 0.
 */
class OcrMemoryTest {

    static final String HEAP = "-Xmx256m";
    static final long MAX_RESIDENT_MB = 1536;
    private static final Path DIR = Path.of("src/test/resources/ocr");
    private static final String SCAN = "pt-2023.scan.page4.pdf";

    @TempDir
    Path base;

    @Test
    void aScannedPageIsReadWholeWithinTheStatedMemory(TestReporter reporter) throws Exception {
        Path inbox = base.resolve("inbox");
        Path log = base.resolve("service.log");
        Process service = ServiceInChildJvm.start(base, inbox, log, HEAP, "-Dnianbao.ocr.workers=1");
        long peakKb;
        try {
            await("the service is ready", () -> read(log).contains("ready:"), 120);
            Files.copy(DIR.resolve(SCAN), base.resolve(SCAN));
            Files.move(base.resolve(SCAN), inbox.resolve(SCAN));
            JsonNode report = awaitReport(base.resolve("archive"), log);
            peakKb = peakResidentKb(service.pid());

            JsonNode truth = Json.mapper().readTree(DIR.resolve("pt-2023.scan-pdf.json").toFile());
            assertEquals(JsonLeaves.of("reviewLitigation", truth.path("tables").path("reviewLitigation")),
                    JsonLeaves.of("reviewLitigation", report.path("tables").path("reviewLitigation")));
            assertEquals("ocr", report.path("tables").path("origins").path("reviewLitigation").asText());
            assertFalse(read(log).contains("OutOfMemoryError"), read(log));
        } finally {
            service.destroy();
            assertTrue(service.waitFor(60, TimeUnit.SECONDS), "the service stops");
        }
        assertEquals(0, service.exitValue(), read(log));
        if (peakKb >= 0) {
            reporter.publishEntry("peak resident MB", Long.toString(peakKb / 1024));
            assertTrue(peakKb < MAX_RESIDENT_MB * 1024, "peak resident " + peakKb / 1024 + " MB, more than " + MAX_RESIDENT_MB + " MB");
        }
    }

    /** The archived report of the one document, once it is there; fails at once if the document failed. */
    private JsonNode awaitReport(Path archive, Path log) throws Exception {
        Path failed = base.resolve("failed");
        JsonNode[] found = {null};
        await("the scan is archived", () -> {
            List<Path> reasons = Files.isDirectory(failed) ? list(failed).stream()
                    .filter(p -> p.getFileName().toString().endsWith(FailedFolder.REASON_SUFFIX)).toList() : List.of();
            if (!reasons.isEmpty()) {
                throw new AssertionError("the scan failed: " + reasons.stream().map(ServiceInChildJvm::read).toList() + "\n" + read(log));
            }
            found[0] = report(archive).orElse(null);
            return found[0] != null;
        }, 300);
        return found[0];
    }

    private static Optional<JsonNode> report(Path archive) {
        if (!Files.isDirectory(archive)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(archive)) {
            Optional<Path> report = files.filter(p -> p.getFileName().toString().equals("report.json")).findFirst();
            return report.isEmpty() ? Optional.empty() : Optional.of(Json.mapper().readTree(report.get().toFile()));
        } catch (IOException e) {
            // The report is being written: look again on the next round.
            return Optional.empty();
        }
    }

    /** The process's peak resident set in kB (VmHWM), or -1 where /proc does not give it (not Linux). */
    private static long peakResidentKb(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
