package org.nianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * The real service (routes from {@code routes/}, settings from {@code application.properties}) started in
 * the test JVM on folders under a temporary base, with fast polling.
 */
public final class RunningService implements AutoCloseable {

    public final Path inbox;
    public final Path archive;
    public final Path failed;
    private final Path incoming;
    private final Main main;

    private RunningService(Path base, Main main) {
        this.inbox = base.resolve("inbox");
        this.archive = base.resolve("archive");
        this.failed = base.resolve("failed");
        this.incoming = base.resolve("incoming");
        this.main = main;
    }

    public static RunningService start(Path base, CamelConfiguration configuration) throws Exception {
        return start(base, configuration, new Properties());
    }

    /** As {@link #start(Path, CamelConfiguration)}, with further settings (e.g. the home region), which win. */
    public static RunningService start(Path base, CamelConfiguration configuration, Properties settings) throws Exception {
        Properties overrides = new Properties();
        overrides.setProperty(Settings.INBOX, base.resolve("inbox").toString());
        overrides.setProperty(Settings.ARCHIVE, base.resolve("archive").toString());
        overrides.setProperty(Settings.FAILED, base.resolve("failed").toString());
        overrides.setProperty(Settings.DATA, base.resolve("data").toString());
        overrides.setProperty(SummarySettings.OUTBOX, base.resolve("outbox").toString());
        overrides.setProperty(SummarySettings.ROSTERS, base.resolve("rosters").toString());
        overrides.setProperty("nianbao.routes", "file:" + Path.of("routes").toAbsolutePath() + "/*.camel.yaml");
        overrides.setProperty("nianbao.inbox.poll-delay-ms", "50");
        overrides.setProperty("nianbao.inbox.read-lock-check-interval-ms", "50");
        overrides.setProperty("nianbao.inbox.read-lock-min-age-ms", "1");
        overrides.setProperty("nianbao.inbox.read-lock-timeout-ms", "2000");
        overrides.setProperty("camel.main.shutdown-timeout", "30");
        overrides.putAll(settings);
        // Each service gets its own console port, so tests (and a service running beside them) never collide.
        if (!overrides.containsKey(ConsoleSettings.PORT)) {
            overrides.setProperty(ConsoleSettings.PORT, Integer.toString(freePort()));
        }
        Main main = App.service(configuration, overrides);
        main.start();
        RunningService service = new RunningService(base, main);
        Files.createDirectories(service.incoming);
        return service;
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    /** Puts a copy of {@code source} into the inbox under {@code name}, appearing all at once. */
    public void drop(Path source, String name) throws IOException {
        Path staged = incoming.resolve(name);
        Files.copy(source, staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The names in a folder, hidden ones (staging, index) left out. */
    public static List<String> visibleNames(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when nothing at all is left in the inbox (no document, no read-lock marker). */
    public boolean inboxIsEmpty() {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        CamelContext context = main.getCamelContext();
        main.stop();
        // Main.stop() can return while routes are still finishing their exchanges (a summary rebuild, say);
        // wait for the context to be stopped so that nothing writes into the test's folders afterwards.
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (context != null && !context.isStopped() && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
