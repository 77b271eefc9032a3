package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.ArchiveContents;
import org.nianbao.index.IndexSettings;
import org.nianbao.ingest.SourceDocument;

/**
 * Many reports converted by several inbox workers at once, each dropped twice under two names in the same
 * instant: every report is archived, announced and indexed exactly once, and nothing fails.
 */
class ParallelIngestTest {

    private static final Path HTML = Path.of("src/test/resources/fixtures/html/sources");
    private static final Path PDF = Path.of("src/test/resources/fixtures/pdf/sources");

    @TempDir
    Path base;

    @Test
    void simultaneousCopiesOfManyReportsAreArchivedAndIndexedOnce() throws Exception {
        List<Path> reports = new ArrayList<>(files(HTML));
        reports.addAll(files(PDF).subList(0, 4));
        Set<String> shas = new HashSet<>();
        for (Path report : reports) {
            shas.add(SourceDocument.sha256Hex(Files.readAllBytes(report)));
        }
        assertEquals(reports.size(), shas.size(), "the fixtures are distinct documents");
        Properties settings = new Properties();
        settings.setProperty(AppConfiguration.INBOX_THREADS, "4");
        Path archive = base.resolve("archive");
        Path staged = Files.createDirectories(base.resolve("staged"));
        try (RunningService service = RunningService.start(base, new AppConfiguration(), settings)) {
            NotifyBuilder announced = new NotifyBuilder(service.context()).wereSentTo("direct:archived")
                    .whenDone(shas.size()).create();
            NotifyBuilder taken = new NotifyBuilder(service.context()).fromRoute("ingest-inbox")
                    .whenDone(2 * reports.size()).create();
            for (Path report : reports) {
                String name = report.getFileName().toString();
                Path first = Files.copy(report, staged.resolve("a-" + name));
                Path second = Files.copy(report, staged.resolve("b-" + name));
                Files.move(first, service.inbox.resolve(first.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                Files.move(second, service.inbox.resolve(second.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            assertTrue(taken.matches(3, TimeUnit.MINUTES), "every copy is taken from the inbox");
            Deadline.awaitLong("the inbox is empty", service::inboxIsEmpty);
            assertTrue(announced.matches(10, TimeUnit.SECONDS), "every report is announced as archived");
            NotifyBuilder more = new NotifyBuilder(service.context()).wereSentTo("direct:archived").whenDone(1).create();
            assertTrue(!more.matches(1, TimeUnit.SECONDS), "no report is announced twice");
            assertEquals(List.of(), RunningService.visibleNames(service.failed));
        }
        assertEquals(shas, ArchiveContents.entryIds(archive));
        assertEquals(shas.size(), entryFolders(archive), "one folder per report");
        IndexSettings index = new IndexSettings(SummarySettings.h2In(base.resolve("data")), "sa", "");
        assertEquals(shas, ArchiveContents.indexIds(index));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Every {@code report.json} in the archive, duplicates included (a set of ids would hide a second copy). */
    private static long entryFolders(Path archive) {
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(p -> p.getFileName().toString().equals("report.json"))
                    .filter(p -> !archive.relativize(p).startsWith(".staging")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
