package org.nianbao.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.FixedReportExtractor;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.ParseLimits;
import org.nianbao.model.Json;

class InboxIngestTest {

    private static final Path PDF = Path.of("src/test/resources/fixtures/pdf/sources/syn-004-371300-2020.pdf");
    private static final Path EMPTY = Path.of("src/test/resources/fixtures/bad/sources/empty.pdf");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path base;
    private ReportArchive archive;
    private FailedFolder failed;

    @BeforeEach
    void openFolders() throws IOException {
        archive = ReportArchive.open(base.resolve("archive"));
        failed = FailedFolder.open(base.resolve("failed"), CLOCK);
    }

    private InboxIngest ingest(long maxBytes) {
        return new InboxIngest(FixedReportExtractor.linyi2020(ParseLimits.DEFAULTS), archive, failed, maxBytes, CLOCK);
    }

    @Test
    void aConvertedDocumentIsArchivedAndReturned() throws IOException {
        List<ArchiveEntry> added = ingest(ParseLimits.DEFAULTS.maxBytes()).ingest(PDF, "received name.pdf");
        assertEquals(1, added.size());
        JsonNode report = Json.mapper().readTree(added.get(0).reportJson().toFile());
        assertEquals("received name.pdf", report.path("source").path("fileName").asText());
        assertEquals("folder", report.path("source").path("channel").asText());
        assertEquals("2024-03-01T08:00:00Z", report.path("source").path("receivedAt").asText());
        assertEquals(List.of(), visible(failed.root()));
    }

    @Test
    void aDuplicateAddsNothing() throws IOException {
        InboxIngest ingest = ingest(ParseLimits.DEFAULTS.maxBytes());
        ingest.ingest(PDF, "first.pdf");
        assertEquals(List.of(), ingest.ingest(PDF, "second.pdf"));
        assertEquals(1, archive.entries().size());
        assertEquals(List.of(), visible(failed.root()));
    }

    @Test
    void aFailedDocumentIsKeptWithItsReason() throws IOException {
        assertEquals(List.of(), ingest(ParseLimits.DEFAULTS.maxBytes()).ingest(EMPTY, "empty.pdf"));
        List<String> kept = visible(failed.root());
        assertEquals(2, kept.size());
        JsonNode reason = Json.mapper().readTree(failed.root().resolve(kept.get(1)).toFile());
        assertEquals("empty-file", reason.path("code").asText());
        assertTrue(archive.entries().isEmpty());
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedWithoutConverting() throws IOException {
        long limit = Files.size(PDF) - 1;
        assertEquals(List.of(), ingest(limit).ingest(PDF, "big.pdf"));
        List<String> kept = visible(failed.root());
        assertArrayEquals(Files.readAllBytes(PDF), Files.readAllBytes(failed.root().resolve(kept.get(0))));
        JsonNode reason = Json.mapper().readTree(failed.root().resolve(kept.get(1)).toFile());
        assertEquals("too-large", reason.path("code").asText());
        assertEquals(SourceDocument.sha256Hex(Files.readAllBytes(PDF)), reason.path("sha256").asText());
        assertTrue(reason.path("message").asText().contains(Long.toString(limit)), reason.toString());
        assertTrue(archive.entries().isEmpty());
    }

    @Test
    void aRejectedFileIsKeptWithTheErrorAsItsReason() throws IOException {
        Path kept = ingest(ParseLimits.DEFAULTS.maxBytes()).reject(PDF, "x.pdf", new IOException("disk full\nsecond line"));
        JsonNode reason = Json.mapper().readTree(FailedFolder.reasonFileOf(kept).toFile());
        assertEquals("internal-error", reason.path("code").asText());
        assertEquals("the document could not be processed: java.io.IOException: disk full second line",
                reason.path("message").asText());
    }

    private static List<String> visible(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
