package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.FailedFolder;
import org.nianbao.model.Json;

/**
 * The service as users start it: its own JVM running {@code App} with no command, folders set by an
 * environment variable and by a {@code -D} system property.
 */
class ServiceProcessTest {

    @TempDir
    Path base;

    @Test
    void theServiceStartsFromTheCommandLineAndHonoursEnvironmentAndSystemProperties() throws Exception {
        Path inbox = base.resolve("in box");
        Path failed = base.resolve("rejected");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(),
                "-Dnianbao.failed=" + failed,
                "-Dnianbao.console.port=" + RunningService.freePort(),
                "-Dnianbao.routes=file:" + Path.of("routes").toAbsolutePath() + "/*.camel.yaml",
                "-cp", System.getProperty("java.class.path"), App.class.getName())
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("service.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("NIANBAO_INBOX", inbox.toString());
        env.put("NIANBAO_INBOX_POLL_DELAY_MS", "100");
        env.put("NIANBAO_INBOX_READ_LOCK_CHECK_INTERVAL_MS", "50");
        env.put("NIANBAO_INBOX_READ_LOCK_MIN_AGE_MS", "1");
        Process process = builder.start();
        try {
            Deadline.await("the service creates its inbox", () -> Files.isDirectory(inbox));
            Path staged = Files.copy(Path.of("src/test/resources/fixtures/bad/sources/empty.pdf"), base.resolve("empty.pdf"));
            Deadline.await("the service says it is ready", () -> log().contains("ready:"));
            Files.move(staged, inbox.resolve("空.pdf"));
            Deadline.await("the file is kept in the folder set by -D", () -> Files.isDirectory(failed)
                    && RunningService.visibleNames(failed).size() == 2);
            Deadline.await("the inbox is empty", () -> RunningService.visibleNames(inbox).isEmpty());
            List<String> kept = RunningService.visibleNames(failed);
            assertTrue(kept.get(0).endsWith("-空.pdf"), kept.toString());
            JsonNode reason = Json.mapper().readTree(FailedFolder.reasonFileOf(failed.resolve(kept.get(0))).toFile());
            assertEquals("empty-file", reason.path("code").asText());
            assertEquals("空.pdf", reason.path("fileName").asText());
            assertTrue(Files.isDirectory(base.resolve("archive")), "the archive takes its default, relative to the working directory");

            // A name carrying a line break and terminal escapes cannot forge a log line or reach the terminal.
            Path forging = Files.copy(Path.of("src/test/resources/fixtures/bad/sources/empty.pdf"), base.resolve("forging"));
            Files.move(forging, inbox.resolve(FORGED_NAME));
            Deadline.await("the forging file is kept", () -> RunningService.visibleNames(failed).size() == 4);
        } finally {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the service stops on SIGTERM");
        }
        assertEquals(0, process.exitValue(), "SIGTERM is a clean stop");
        String log = log();
        assertTrue(log.contains("stopped"), log);
        assertTrue(log.lines().noneMatch(line -> line.startsWith("2020-01-01")), log);
        assertTrue(log.chars().noneMatch(c -> c == 0x1b || c == 0x07), "no control character reaches the terminal");
        assertTrue(log.contains("file=forged\\n2020-01-01 00:00:00.000 INFO InboxIngest - archived sha=0 file=x\\u001b[2J\\u0007.pdf"), log);

        List<String> startUp = log.lines().takeWhile(line -> !line.contains("ready:")).toList();
        assertTrue(startUp.size() <= 12, "a few plain start-up lines:\n" + String.join("\n", startUp));
        assertTrue(startUp.stream().anyMatch(line -> line.endsWith("inbox   " + inbox)), log);
        assertTrue(startUp.stream().anyMatch(line -> line.endsWith("failed  " + failed)), log);
        assertTrue(startUp.stream().anyMatch(line -> line.contains("outbox  " + base.resolve("outbox"))), log);
        assertTrue(startUp.stream().anyMatch(line -> line.contains("index   jdbc:h2:")), log);
        assertTrue(startUp.stream().anyMatch(line -> line.endsWith("mail    no mailbox configured")), log);
        assertTrue(startUp.stream().noneMatch(line -> line.contains("xxxxxx")), log);
    }

    private static final String FORGED_NAME = "forged\n2020-01-01 00:00:00.000 INFO InboxIngest - archived sha=0 file=x\u001b[2J\u0007.pdf";

    private String log() {
        try {
            return Files.readString(base.resolve("service.log"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
