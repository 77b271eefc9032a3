package org.nianbao.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.nianbao.App;
import org.nianbao.RunningService;

/**
 * The service in a JVM of its own with a given heap and one inbox worker (the README's memory figures are
 * for one), polling its inbox quickly, logging to a file, under a UTF-8 locale and on a free console port.
 */
final class ServiceInChildJvm {

    private ServiceInChildJvm() {
    }

    /** Starts the service in {@code base} with {@code heap} (e.g. {@code -Xmx256m}) and further {@code -D} settings. */
    static Process start(Path base, Path inbox, Path log, String heap, String... settings) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), heap,
                "-Dnianbao.inbox=" + inbox,
                "-Dnianbao.inbox.poll-delay-ms=200",
                "-Dnianbao.inbox.read-lock-check-interval-ms=100",
                "-Dnianbao.inbox.read-lock-min-age-ms=1",
                // The documented heap is for one inbox worker (README "Memory"); each further worker needs more.
                "-Dnianbao.inbox.threads=1",
                "-Dnianbao.console.port=" + RunningService.freePort(),
                "-Dnianbao.routes=file:" + Path.of("routes").toAbsolutePath() + "/*.camel.yaml"));
        command.addAll(List.of(settings));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), App.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder.start();
    }

    /** The file's text, or "" while it does not exist. */
    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void await(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(200);
        }
    }
}
