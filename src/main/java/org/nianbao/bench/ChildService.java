package org.nianbao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A program of this jar run in a JVM of its own (the service, or a command), on folders under a work folder,
 * with its output in a log file. The service can be stopped cleanly (SIGTERM) or killed ({@code kill -9}).
 */
final class ChildService {

    private static final long POLL_MILLIS = 10;

    private final Process process;
    private final long startedNanos;
    /** The child's CPU time (all threads) when last looked at; the operating system forgets it at exit. */
    private Duration cpu = Duration.ZERO;

    private ChildService(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** The service on {@code work/inbox}, {@code work/archive}… with the given extra settings. */
    static ChildService service(Path work, Map<String, String> settings, Path log) throws IOException {
        List<String> options = new ArrayList<>();
        for (String folder : List.of("inbox", "archive", "failed", "data", "outbox", "rosters")) {
            options.add("-Dnianbao." + folder + "=" + work.resolve(folder).toAbsolutePath());
        }
        // A port of its own, so a service already running here (on the default port) does not stop it.
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            options.add("-Dnianbao.console.port=" + socket.getLocalPort());
        }
        settings.forEach((key, value) -> options.add("-D" + key + "=" + value));
        return start(options, List.of(), log);
    }

    /** A command of the jar ({@code convert …}). */
    static ChildService command(List<String> args, Path log) throws IOException {
        return start(List.of(), args, log);
    }

    private static ChildService start(List<String> options, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String routes = System.getProperty("nianbao.routes");
        if (routes != null) {
            command.add("-Dnianbao.routes=" + routes);
        }
        command.addAll(classDataOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.nianbao.App");
        command.addAll(args);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ChildService(process, started);
    }

    /**
     * The class-data-sharing options this JVM was started with ({@code -XX:SharedArchiveFile=target/nianbao.jsa},
     * README), so that every child, the service as {@code convert}, starts the way the bench itself was started.
     */
    static List<String> classDataOptions(List<String> jvmArguments) {
        return jvmArguments.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xshare:")).toList();
    }

    /** Seconds since the JVM was launched. */
    double seconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Whether the child still runs; also records its CPU time so far. */
    boolean alive() {
        process.info().totalCpuDuration().ifPresent(seen -> cpu = seen);
        return process.isAlive();
    }

    /** CPU time of the child's every thread, as last seen while it ran (at most one polling step short). */
    Duration cpu() {
        return cpu;
    }

    /** Waits for a command to finish, looking at its CPU time meanwhile; returns its exit code. */
    int await(long timeoutSeconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (alive()) {
            if (System.nanoTime() > end) {
                process.destroyForcibly().waitFor();
                throw new IOException("the child JVM did not finish within " + timeoutSeconds + " s");
            }
            process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        return process.exitValue();
    }

    /** SIGTERM, and waits for the clean stop. */
    void stop() throws IOException, InterruptedException {
        alive();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IOException("the service did not stop within 60 s of SIGTERM");
        }
    }

    /** SIGKILL: the JVM ends at once, in the middle of whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The regular files in a folder, not looking into sub-folders; 0 when it does not exist. */
    static long filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
