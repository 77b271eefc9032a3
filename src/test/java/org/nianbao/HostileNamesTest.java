package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.FailedFolder;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;

/**
 * Names a hostile sender can give a file in the inbox (backslashes that other systems read as folder
 * separators, {@code ..}, line breaks, escape sequences, the longest names a file system allows): every
 * dropped file is taken for its own bytes, and nothing outside the inbox is read, moved or deleted.
 */
class HostileNamesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path PDF = FIXTURES.resolve("pdf/sources/syn-004-371300-2020.pdf");
    private static final Path HTML = FIXTURES.resolve("html/sources/syn-001-371300-2020.html");
    private static final Path DOCX = FIXTURES.resolve("docx/sources/syn-002-371300-2020.docx");
    private static final Path JUNK = FIXTURES.resolve("bad/sources/random-bytes.docx");
    private static final Path EMPTY = FIXTURES.resolve("bad/sources/empty.pdf");

    /** Holds the service's folders in {@code svc/}; the canaries lie next to it, two levels above the inbox. */
    @TempDir
    Path top;

    @Test
    void namesWithBackslashesDotsAndControlsAreTakenForTheirOwnBytesAndNothingOutsideIsTouched() throws Exception {
        byte[] canaryBytes = "the canary: nothing may read, move or delete this file".getBytes(StandardCharsets.UTF_8);
        Path canary = Files.write(top.resolve("canary.txt"), canaryBytes);
        Path outsideReport = Files.copy(PDF, top.resolve("report.pdf"));
        Path base = Files.createDirectories(top.resolve("svc"));

        String canaryName = "..\\..\\canary.txt";
        String indexName = "..\\data\\index.mv.db";
        String folderLikeName = "a\\b.pdf";
        String reportName = "..\\..\\report.pdf";
        String controlName = "line\nbreak\r\u001b[31mred\u0007.pdf";
        try (RunningService service = RunningService.start(base, new AppConfiguration())) {
            Path index = base.resolve("data/index.mv.db");
            Deadline.await("the index database exists", () -> Files.isRegularFile(index));
            service.drop(JUNK, canaryName);
            service.drop(EMPTY, indexName);
            service.drop(PDF, folderLikeName);
            service.drop(HTML, reportName);
            service.drop(EMPTY, controlName);
            Deadline.await("every dropped file has left the inbox", service::inboxIsEmpty);
            Deadline.await("the three failed files are kept with reasons", () -> RunningService.visibleNames(service.failed).size() == 6);

            assertArrayEquals(canaryBytes, Files.readAllBytes(canary), "the canary above the inbox is untouched");
            assertArrayEquals(Files.readAllBytes(PDF), Files.readAllBytes(outsideReport), "the report above the inbox stays");
            assertTrue(Files.isRegularFile(index), "the index database is not deleted");

            assertKept(service.failed, canaryName, "unsupported-format", JUNK);
            assertKept(service.failed, indexName, "empty-file", EMPTY);
            assertKept(service.failed, controlName, "empty-file", EMPTY);
            assertArchived(service.archive, folderLikeName, PDF, "original.pdf");
            assertArchived(service.archive, reportName, HTML, "original.html");
            assertFalse(Files.exists(base.resolve("inbox/a")), "no folder is made from a name");
        }
        assertArrayEquals(canaryBytes, Files.readAllBytes(canary));
    }

    @Test
    void theLongestNamesAFileSystemAllowsAreTaken() throws Exception {
        // With one more character the file system would refuse the name: 255 bytes is its limit.
        String longest = "年".repeat(82) + "报1.docx";
        String failing = "报".repeat(80) + "-年报.pdf";
        assertEquals(255, longest.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(251, failing.getBytes(StandardCharsets.UTF_8).length);
        try (RunningService service = RunningService.start(top, new AppConfiguration())) {
            service.drop(DOCX, longest);
            service.drop(EMPTY, failing);
            Deadline.await("both long names have left the inbox", service::inboxIsEmpty);
            Deadline.await("the failed one is kept with its reason", () -> RunningService.visibleNames(service.failed).size() == 2);
            assertArchived(service.archive, longest, DOCX, "original.docx");
            assertKept(service.failed, failing, "empty-file", EMPTY);
        }
    }

    private static void assertKept(Path failed, String received, String code, Path original) throws IOException {
        List<Path> matches = RunningService.visibleNames(failed).stream()
                .filter(n -> !n.endsWith(FailedFolder.REASON_SUFFIX))
                .map(failed::resolve)
                .filter(kept -> received.equals(reason(kept).path("fileName").asText()))
                .toList();
        assertEquals(1, matches.size(), "one kept copy of " + received + " in " + RunningService.visibleNames(failed));
        Path kept = matches.get(0);
        assertEquals(failed, kept.getParent());
        String name = kept.getFileName().toString();
        assertTrue(name.chars().noneMatch(c -> c == '\\' || c < 0x20), name);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length < 255 - FailedFolder.REASON_SUFFIX.length(), name);
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(kept));
        assertEquals(code, reason(kept).path("code").asText());
    }

    private static void assertArchived(Path archive, String received, Path original, String originalName) throws IOException {
        String sha = SourceDocument.sha256Hex(Files.readAllBytes(original));
        Path entry;
        try (Stream<Path> paths = Files.walk(archive)) {
            List<Path> found = paths.filter(p -> p.getFileName().toString().equals(sha) && Files.isDirectory(p)).toList();
            assertEquals(1, found.size(), "one archive entry for " + received);
            entry = found.get(0);
        }
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(entry.resolve(originalName)));
        JsonNode report = Json.mapper().readTree(entry.resolve("report.json").toFile());
        assertEquals(received, report.path("source").path("fileName").asText());
        assertEquals("folder", report.path("source").path("channel").asText());
    }

    private static JsonNode reason(Path kept) {
        try {
            return Json.mapper().readTree(FailedFolder.reasonFileOf(kept).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
