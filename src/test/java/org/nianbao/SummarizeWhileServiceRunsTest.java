package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.SummarizeCommand;
import org.nianbao.index.ArchiveContents;
import org.nianbao.index.IndexSettings;

/**
 * {@code summarize} on the embedded index while the service runs in its own JVM: it refuses in one line,
 * and the service goes on indexing every report it archives.
 */
class SummarizeWhileServiceRunsTest {

    private static final Path HTML = Path.of("src/test/resources/fixtures/html/sources");

    @TempDir
    Path base;

    @Test
    void summarizeRefusesInOneLineAndTheServiceLosesNoIndexWrite() throws Exception {
        Path inbox = base.resolve("inbox");
        Path archive = base.resolve("archive");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process service = new ProcessBuilder(java.toString(),
                "-Dnianbao.routes=file:" + Path.of("routes").toAbsolutePath() + "/*.camel.yaml",
                "-Dnianbao.inbox.poll-delay-ms=100", "-Dnianbao.inbox.read-lock-min-age-ms=1",
                "-Dnianbao.inbox.read-lock-check-interval-ms=50",
                "-Dnianbao.console.port=" + RunningService.freePort(),
                "-cp", System.getProperty("java.class.path"), App.class.getName())
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("service.log").toFile())
                .start();
        try {
            Deadline.awaitLong("the service says it is ready", () -> log().contains("ready:"));
            drop("syn-011-371311-2020.html");
            Deadline.awaitLong("the first report is archived", () -> entries(archive) == 1);

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            IndexSettings index = new IndexSettings(SummarySettings.h2In(base.resolve("data").toAbsolutePath()), "sa", "");
            int exit = new SummarizeCommand(index, archive, base.resolve("rosters"), base.resolve("outbox"),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC())
                    .run(List.of("--region", "371311", "--year", "2020"));
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(SummarizeCommand.FAILED, exit, message);
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.startsWith("summarize: the embedded index ") && message.contains("open in another process"),
                    message);

            drop("syn-014-371311-2020.html");
            drop("syn-015-371311-2020.html");
            Deadline.awaitLong("the later reports are archived", () -> entries(archive) == 3 && inboxEmpty(inbox));
        } finally {
            service.destroy();
            assertTrue(service.waitFor(30, TimeUnit.SECONDS), "the service stops on SIGTERM");
        }
        IndexSettings index = new IndexSettings(SummarySettings.h2In(base.resolve("data").toAbsolutePath()), "sa", "");
        assertEquals(ArchiveContents.entryIds(archive), ArchiveContents.indexIds(index), log());
    }

    private void drop(String name) throws IOException {
        Path staged = Files.copy(HTML.resolve(name), base.resolve(name));
        Files.move(staged, base.resolve("inbox").resolve(name));
    }

    private static int entries(Path archive) {
        try {
            return ArchiveContents.entryIds(archive).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean inboxEmpty(Path inbox) {
        return RunningService.visibleNames(inbox).isEmpty();
    }

    private String log() {
        try {
            return Files.readString(base.resolve("service.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
