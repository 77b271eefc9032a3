package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.camel.ServiceStatus;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.Converters;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.TruthFiles;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.region.RegionResolver;

/**
 * The index is opened and caught up with the archive while Camel starts, yet the service counts as started
 * only once both are done: an index that cannot be opened still stops the start, with the reason.
 */
class IndexStartUpTest {

    @TempDir
    Path base;

    @Test
    void theStartFailsWithTheReasonWhenTheIndexCannotBeOpened() throws Exception {
        Path blocker = Files.writeString(Files.createDirectories(base).resolve("not-a-folder"), "x");
        Properties settings = new Properties();
        settings.setProperty(SummarySettings.INDEX_URL, "jdbc:h2:file:" + blocker.resolve("index").toAbsolutePath());
        Exception failure = assertThrows(Exception.class, () -> RunningService.start(base.resolve("service"), new AppConfiguration(), settings));
        assertTrue(chain(failure).contains("cannot be opened or upgraded"), chain(failure));
    }

    @Test
    void whenStartReturnsEveryArchivedEntryIsIndexedAndTheConsoleRouteRuns() throws Exception {
        // An entry archived by an earlier run that stopped before indexing it.
        String name = "syn-014-371311-2020.html";
        byte[] bytes = Files.readAllBytes(TruthFiles.FIXTURES.resolve("html/sources").resolve(name));
        SourceDocument source = SourceDocument.of(bytes, name, SourceDocument.FOLDER, Instant.now());
        Outcome.Converted converted = (Outcome.Converted) new ReportPipeline(new FormatDetector(), Converters.standard(),
                new ReportExtractor(new RegionResolver(RegionCatalog.standard(), "371300")::resolve), ParseLimits.DEFAULTS)
                .process(source);
        Path service = base.resolve("service");
        ReportArchive.open(service.resolve("archive")).store(converted.report(), source);

        try (RunningService running = RunningService.start(service, new AppConfiguration())) {
            ArchiveIndex index = running.context().getRegistry().lookupByNameAndType(SummaryConfiguration.ARCHIVE_INDEX,
                    ArchiveIndex.class);
            assertEquals(Set.of(source.sha256()), index.ids());
            assertEquals(ServiceStatus.Started, running.context().getRouteController().getRouteStatus(ConsoleServerStart.ROUTE));
        }
    }

    @Test
    void theStartFailsWithTheReasonWhenTheConsolesPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Properties settings = new Properties();
            settings.setProperty(ConsoleSettings.PORT, Integer.toString(taken.getLocalPort()));
            Exception failure = assertThrows(Exception.class,
                    () -> RunningService.start(base.resolve("service"), new AppConfiguration(), settings));
            assertTrue(chain(failure).contains("the console cannot listen on 127.0.0.1:" + taken.getLocalPort()), chain(failure));
        }
    }

    private static String chain(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
