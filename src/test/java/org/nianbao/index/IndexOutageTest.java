package org.nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.AppConfiguration;
import org.nianbao.Deadline;
import org.nianbao.RunningService;
import org.nianbao.SummarySettings;
import org.nianbao.model.Json;
import org.nianbao.summary.RegionalSummary;
import org.nianbao.summary.SummaryOutbox;

/**
 * The index database goes away under a running service and comes back: the reports that arrive meanwhile
 * are archived (not failed), and once the database answers again every archive entry is indexed and the
 * region's summary counts them all. Runs against a real PostgreSQL server, stopped and started again.
 */
class IndexOutageTest {

    private static final Path HTML = TruthFiles.FIXTURES.resolve("html/sources");
    private static final String BEFORE = "syn-011-371311-2020.html";
    private static final List<String> DURING = List.of("syn-014-371311-2020.html", "syn-015-371311-2020.html");

    @TempDir
    Path base;

    @Test
    void reportsArchivedWhileTheIndexIsDownAreIndexedOnceItIsBack() throws Exception {
        PostgresServer server = PostgresServer.shared();
        IndexSettings database = server.newDatabase();
        Properties settings = new Properties();
        settings.setProperty(SummarySettings.INDEX_URL, database.url());
        settings.setProperty(SummarySettings.INDEX_USER, database.user());
        settings.setProperty(SummarySettings.INDEX_PASSWORD, database.password());
        settings.setProperty(SummarySettings.QUIET_SECONDS, "1");
        settings.setProperty("nianbao.summary.check-ms", "200");
        Path archive = base.resolve("archive");
        try (RunningService service = RunningService.start(base, new AppConfiguration(), settings)) {
            service.drop(HTML.resolve(BEFORE), BEFORE);
            Deadline.awaitLong("the first report is indexed", () -> indexIds(database).size() == 1);

            server.pause();
            try {
                for (String name : DURING) {
                    service.drop(HTML.resolve(name), name);
                }
                Deadline.awaitLong("the reports sent during the outage are archived",
                        () -> entryIds(archive).size() == 3 && service.inboxIsEmpty());
                assertEquals(List.of(), RunningService.visibleNames(service.failed), "nothing is failed for an index outage");
            } finally {
                server.resume();
            }

            Deadline.awaitLong("the index holds every archive entry again", () -> indexIds(database).equals(entryIds(archive)));
            Set<String> expected = Set.of(id(BEFORE), id(DURING.get(0)), id(DURING.get(1)));
            assertEquals(expected, entryIds(archive));
            Path summary = base.resolve("outbox/371311-罗庄区/2020").resolve(SummaryOutbox.JSON);
            Deadline.awaitLong("the summary counts the three reports", () -> included(summary).equals(expected));
        }
        assertEquals(entryIds(archive), indexIds(database));
    }

    private static String id(String name) {
        try {
            return TruthFiles.named("html/" + name).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> entryIds(Path archive) {
        try {
            return ArchiveContents.entryIds(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's ids; while the server is down, none can be read. */
    private static Set<String> indexIds(IndexSettings database) {
        try {
            return ArchiveContents.indexIds(database);
        } catch (SQLException e) {
            return Set.of();
        }
    }

    private static Set<String> included(Path summary) {
        if (!summary.toFile().isFile()) {
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
