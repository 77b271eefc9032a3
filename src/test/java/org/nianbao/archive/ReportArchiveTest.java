package org.nianbao.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.FixedReportExtractor;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.model.Region;

class ReportArchiveTest {

    private static final Path PDF = Path.of("src/test/resources/fixtures/pdf/sources/syn-004-371300-2020.pdf");
    private static final Path DOCX = Path.of("src/test/resources/fixtures/docx/sources/seed-004.docx");

    @TempDir
    Path root;

    @Test
    void anEntryHoldsTheOriginalAndTheJsonUnderRegionYearAndSha() throws IOException {
        SourceDocument source = source(PDF, "临沂市2020年报.pdf");
        AnnualReport report = report(source, DocumentFormat.PDF, FixedReportExtractor.LINYI, 2020);
        ArchiveEntry entry = ReportArchive.open(root).store(report, source);

        Path expected = root.resolve("371300-临沂市").resolve("2020").resolve(source.sha256());
        assertEquals(expected, entry.directory());
        assertEquals(List.of("original.pdf", "report.json"), names(expected));
        assertArrayEquals(Files.readAllBytes(PDF), Files.readAllBytes(expected.resolve("original.pdf")));
        assertEquals(Json.mapper().writeValueAsString(report), Files.readString(expected.resolve("report.json"), StandardCharsets.UTF_8));
        assertEquals(report, Json.mapper().readValue(expected.resolve("report.json").toFile(), AnnualReport.class));
        assertEquals("371300-临沂市/2020/" + source.sha256(),
                Files.readString(root.resolve(".by-sha256").resolve(source.sha256()), StandardCharsets.UTF_8));
        assertEquals(List.of(), names(root.resolve(".staging")), "nothing is left behind in staging");
        assertEquals(List.of(".by-sha256", ".staging", "371300-临沂市"), names(root));
    }

    @Test
    void unknownRegionAndYearHaveTheirOwnFolders() throws IOException {
        SourceDocument source = source(DOCX, "seed-004.docx");
        ArchiveEntry entry = ReportArchive.open(root).store(report(source, DocumentFormat.DOCX, null, null), source);
        assertEquals(root.resolve("unknown-region/unknown-year").resolve(source.sha256()), entry.directory());
        assertEquals(List.of("original.docx", "report.json"), names(entry.directory()));
        assertEquals("unknown-region", entry.regionFolder());
        assertEquals("unknown-year", entry.yearFolder());
    }

    @Test
    void aRegionNameFromTheDocumentIsSanitizedIntoOneFolder() throws IOException {
        SourceDocument source = source(PDF, "x.pdf");
        Region hostile = new Region("371300", "../../临沂市/etc", List.of());
        ArchiveEntry entry = ReportArchive.open(root).store(report(source, DocumentFormat.PDF, hostile, 2020), source);
        assertEquals(root.resolve("371300-_临沂市_etc/2020").resolve(source.sha256()), entry.directory());
    }

    @Test
    void theSameBytesAreArchivedOnceAlsoAfterReopening() throws IOException {
        SourceDocument first = source(PDF, "first.pdf");
        ArchiveEntry stored = ReportArchive.open(root).store(report(first, DocumentFormat.PDF, FixedReportExtractor.LINYI, 2020), first);

        ReportArchive reopened = ReportArchive.open(root);
        SourceDocument again = source(PDF, "again.pdf");
        assertEquals(Optional.of(stored.directory()), reopened.find(again.sha256()));
        ArchiveEntry second = reopened.store(report(again, DocumentFormat.PDF, FixedReportExtractor.LINYI, 2023), again);

        assertEquals(stored, second);
        assertEquals(List.of("2020"), names(root.resolve("371300-临沂市")));
        assertEquals("first.pdf", Json.mapper().readTree(stored.reportJson().toFile()).path("source").path("fileName").asText());
        assertEquals(List.of(stored), reopened.entries());
    }

    @Test
    void anEntryWhoseIndexWriteWasCutShortIsRecordedWithoutBeingRewritten() throws IOException {
        SourceDocument source = source(PDF, "first.pdf");
        ArchiveEntry stored = ReportArchive.open(root).store(report(source, DocumentFormat.PDF, FixedReportExtractor.LINYI, 2020), source);
        Files.delete(root.resolve(".by-sha256").resolve(source.sha256()));

        ReportArchive reopened = ReportArchive.open(root);
        assertEquals(Optional.empty(), reopened.find(source.sha256()));
        SourceDocument retry = source(PDF, "retry.pdf");
        ArchiveEntry again = reopened.store(report(retry, DocumentFormat.PDF, FixedReportExtractor.LINYI, 2020), retry);

        assertEquals(stored.directory(), again.directory());
        assertEquals(Optional.of(stored.directory()), reopened.find(source.sha256()));
        assertEquals("first.pdf", Json.mapper().readTree(again.reportJson().toFile()).path("source").path("fileName").asText());
        assertEquals(List.of(), names(root.resolve(".staging")));
    }

    @Test
    void whatAnInterruptedWriteLeftInStagingIsClearedAndNeverListed() throws IOException {
        ReportArchive.open(root);
        Path half = root.resolve(".staging").resolve("abc-123");
        Files.createDirectories(half);
        Files.write(half.resolve("original.pdf"), new byte[] {1, 2, 3});

        ReportArchive reopened = ReportArchive.open(root);
        assertEquals(List.of(), names(root.resolve(".staging")));
        assertEquals(List.of(), reopened.entries());
    }

    @Test
    void aWriteThatFailsLeavesNothingBehind() throws IOException {
        ReportArchive archive = ReportArchive.open(root);
        Files.writeString(root.resolve("371300-临沂市"), "not a folder");
        SourceDocument source = source(PDF, "x.pdf");
        AnnualReport report = report(source, DocumentFormat.PDF, FixedReportExtractor.LINYI, 2020);
        assertThrows(IOException.class, () -> archive.store(report, source));
        assertEquals(List.of(), names(root.resolve(".staging")));
        assertEquals(Optional.empty(), archive.find(source.sha256()));
    }

    @Test
    void lookupsNeverLeaveTheArchive() throws IOException {
        ReportArchive archive = ReportArchive.open(root);
        String sha = "a".repeat(64);
        Files.writeString(root.resolve(".by-sha256").resolve(sha), "../outside", StandardCharsets.UTF_8);
        Files.createDirectories(root.resolveSibling("outside"));
        assertEquals(Optional.empty(), archive.find(sha), "a pointer leading outside the archive is ignored");
        assertEquals(Optional.empty(), archive.find("../../etc/passwd"));
        assertEquals(Optional.empty(), archive.find("A".repeat(64)));
        assertTrue(archive.entries().isEmpty());
    }

    private static SourceDocument source(Path file, String name) throws IOException {
        return SourceDocument.of(Files.readAllBytes(file), name, SourceDocument.FOLDER, Instant.parse("2024-03-01T08:00:00Z"));
    }

    private static AnnualReport report(SourceDocument source, DocumentFormat format, Region region, Integer year) {
        ParsedDocument parsed = new ParsedDocument(format, List.of(), List.of(), List.of());
        return new FixedReportExtractor(region, year).extract(parsed, source);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
