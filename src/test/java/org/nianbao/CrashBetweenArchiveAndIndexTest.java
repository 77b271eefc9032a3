package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.Converters;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.index.ArchiveContents;
import org.nianbao.index.IndexSettings;
import org.nianbao.index.TruthFiles;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.region.RegionResolver;
import org.nianbao.summary.RegionalSummary;
import org.nianbao.summary.SummaryOutbox;

/**
 * The service dies after writing an archive entry and before committing it to the index (the document is
 * still in the inbox, since it was never acknowledged). At the restart the entry is indexed, the document
 * leaves the inbox as a duplicate, and the region's summary is rebuilt with it.
 */
class CrashBetweenArchiveAndIndexTest {

    private static final Path HTML = TruthFiles.FIXTURES.resolve("html/sources");
    private static final String INDEXED = "syn-011-371311-2020.html";
    private static final String CRASHED = "syn-014-371311-2020.html";

    @TempDir
    Path base;

    @Test
    void anEntryArchivedButNeverIndexedIsIndexedAtTheRestartAndSummed() throws Exception {
        Properties settings = new Properties();
        settings.setProperty(SummarySettings.QUIET_SECONDS, "1");
        settings.setProperty("nianbao.summary.check-ms", "100");
        Path archive = base.resolve("archive");
        Path summary = base.resolve("outbox/371311-罗庄区/2020").resolve(SummaryOutbox.JSON);
        try (RunningService service = RunningService.start(base, new AppConfiguration(), settings)) {
            service.drop(HTML.resolve(INDEXED), INDEXED);
            Deadline.awaitLong("the first report is summed", () -> included(summary).equals(Set.of(id(INDEXED))));
        }

        // What the service had done when it was killed: the entry is archived, the file still in the inbox.
        byte[] bytes = Files.readAllBytes(HTML.resolve(CRASHED));
        SourceDocument source = SourceDocument.of(bytes, CRASHED, SourceDocument.FOLDER, Instant.now());
        Outcome.Converted converted = (Outcome.Converted) pipeline().process(source);
        ReportArchive.open(archive).store(converted.report(), source);
        Files.write(base.resolve("inbox").resolve(CRASHED), bytes);

        try (RunningService restarted = RunningService.start(base, new AppConfiguration(), settings)) {
            Deadline.awaitLong("the file leaves the inbox", restarted::inboxIsEmpty);
            Deadline.awaitLong("the summary is rebuilt with the crashed report",
                    () -> included(summary).equals(Set.of(id(INDEXED), id(CRASHED))));
            assertEquals(List.of(), RunningService.visibleNames(restarted.failed));
        }
        IndexSettings index = new IndexSettings(SummarySettings.h2In(base.resolve("data")), "sa", "");
        assertEquals(Set.of(id(INDEXED), id(CRASHED)), ArchiveContents.entryIds(archive));
        assertEquals(ArchiveContents.entryIds(archive), ArchiveContents.indexIds(index));
    }

    private static ReportPipeline pipeline() {
        return new ReportPipeline(new FormatDetector(), Converters.standard(),
                new ReportExtractor(new RegionResolver(RegionCatalog.standard(), "371300")::resolve), ParseLimits.DEFAULTS);
    }

    private static String id(String name) {
        try {
            return TruthFiles.named("html/" + name).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> included(Path summary) {
        if (!Files.isRegularFile(summary)) {
            return Set.of();
        }
        try {
            return Json.mapper().readValue(summary.toFile(), RegionalSummary.class).included().stream()
                    .map(RegionalSummary.Included::id).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
