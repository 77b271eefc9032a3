package org.nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.Converters;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.region.RegionResolver;

/**
 * An entry just written carries the converted report, so indexing it reads no JSON back into objects; the
 * row is the same as when the entry is found on the disk and its {@code report.json} parsed.
 */
class WrittenEntryIndexTest {

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(Instant.parse("2024-02-01T08:00:00Z"));

    @ParameterizedTest
    @ValueSource(strings = {"html/sources/syn-021-371321-2020.html", "docx/sources/syn-030-371322-2020.docx",
            "pdf/sources/syn-020-371312-2020.pdf"})
    void theRowFromTheWrittenReportEqualsTheRowFromTheArchivedJson(String fixture) throws Exception {
        Path file = TruthFiles.FIXTURES.resolve(fixture);
        SourceDocument source = SourceDocument.of(Files.readAllBytes(file), file.getFileName().toString(),
                SourceDocument.FOLDER, Instant.parse("2024-01-31T10:00:00Z"));
        Outcome.Converted converted = (Outcome.Converted) new ReportPipeline(new FormatDetector(), Converters.standard(),
                new ReportExtractor(new RegionResolver(RegionCatalog.standard(), "371300")::resolve), ParseLimits.DEFAULTS)
                .process(source);
        ReportArchive archive = ReportArchive.open(folder.resolve("archive"));

        ArchiveEntry written = archive.store(converted.report(), source);
        ArchiveEntry found = archive.entry(source.sha256()).orElseThrow();
        assertEquals(converted.report(), written.report().orElseThrow());
        assertTrue(found.report().isEmpty());
        assertEquals(found, written);

        IndexedReport fromWritten = indexed(written, "written");
        IndexedReport fromDisk = indexed(found, "found");
        assertEquals(fromDisk, fromWritten);
    }

    private IndexedReport indexed(ArchiveEntry entry, String name) throws Exception {
        try (ArchiveIndex index = ArchiveIndex.open(TestDatabase.H2.create(folder.resolve(name)), clock)) {
            assertEquals(IndexResult.ADDED, new IndexConvergence(index, folder.resolve("archive")).indexArchived(entry).orElseThrow());
            return index.find(entry.sha256()).orElseThrow();
        }
    }
}
