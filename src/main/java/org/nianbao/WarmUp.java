package org.nianbao;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.main.Main;
import org.nianbao.archive.FailedFolder;

/**
 * {@code warm-up FILE...}: the service once, on a scratch folder of its own with these documents in its
 * inbox, stopped once every document is archived or kept as failed and its console has answered. The build
 * runs it under {@code -XX:ArchiveClassesAtExit} so that the JVM records the classes the service loads into
 * a class-data-sharing archive ({@code target/nianbao.jsa}); started with {@code -XX:SharedArchiveFile}, the
 * service then maps them instead of loading them one by one, and its first report comes sooner.
 */
final class WarmUp {

    private static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(300);

    private final PrintStream out;
    private final PrintStream err;
    /** Where the scratch folder is made (and removed at the end). */
    private final Path scratch;

    WarmUp(PrintStream out, PrintStream err, Path scratch) {
        this.out = out;
        this.err = err;
        this.scratch = scratch;
    }

    /**
     * 0 when the service took every document (archived, or kept as failed with its reason) and stopped
     * cleanly; 1 otherwise; 2 on usage.
     */
    int run(List<String> files) throws Exception {
        if (files.isEmpty()) {
            err.println("usage: warm-up FILE...");
            return 2;
        }
        for (String file : files) {
            if (!Files.isRegularFile(Path.of(file))) {
                err.println("warm-up: not a file: " + file);
                return 2;
            }
        }
        Path work = Files.createTempDirectory(scratch, "nianbao-warm-up");
        try {
            return run(files, work);
        } finally {
            delete(work);
        }
    }

    private int run(List<String> files, Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        for (int i = 0; i < files.size(); i++) {
            Path file = Path.of(files.get(i));
            // Numbered: two inputs of the same name stay two documents.
            Files.copy(file, inbox.resolve(i + "-" + file.getFileName()));
        }
        Properties overrides = new Properties();
        overrides.setProperty(Settings.INBOX, inbox.toString());
        overrides.setProperty(Settings.ARCHIVE, work.resolve("archive").toString());
        overrides.setProperty(Settings.FAILED, work.resolve("failed").toString());
        overrides.setProperty(Settings.DATA, work.resolve("data").toString());
        overrides.setProperty(SummarySettings.OUTBOX, work.resolve("outbox").toString());
        overrides.setProperty(SummarySettings.ROSTERS, work.resolve("rosters").toString());
        int port = freePort();
        overrides.setProperty(ConsoleSettings.HOST, "127.0.0.1");
        overrides.setProperty(ConsoleSettings.PORT, Integer.toString(port));
        long started = System.nanoTime();
        Main main = App.service(new AppConfiguration(), overrides);
        CompletableFuture<Integer> service = CompletableFuture.supplyAsync(() -> {
            try {
                return main.run(new String[0]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long archived = 0;
        long failed = 0;
        try {
            while (!service.isDone() && archived + failed < files.size() && !pastLimit(started)) {
                Thread.sleep(50);
                archived = count(work.resolve("archive/.by-sha256"), "");
                failed = count(work.resolve("failed"), FailedFolder.REASON_SUFFIX);
            }
            if (archived + failed < files.size()) {
                err.println("warm-up: the service took " + (archived + failed) + " of " + files.size() + " documents");
            }
            for (String page : List.of("/health", "/")) {
                answer(service, port, page, started);
            }
        } finally {
            main.completed();
        }
        int exit;
        try {
            exit = service.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause() instanceof IllegalStateException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : e.getCause();
            err.println("warm-up: the service could not run: " + StartFailure.reason(failure));
            return 1;
        }
        out.printf(Locale.ROOT, "warm-up: %d of %d documents archived, %d failed, %.1f s; service exit %d%n",
                archived, files.size(), failed, (System.nanoTime() - started) / 1e9, exit);
        return exit == 0 && archived + failed == files.size() ? 0 : 1;
    }

    /** Asks the console for a page once it listens (it starts after the routes), and reads the answer. */
    private void answer(CompletableFuture<Integer> service, int port, String page, long started)
            throws IOException, InterruptedException {
        while (!service.isDone()) {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + page).openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(30_000);
            try {
                int status = connection.getResponseCode();
                try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                    if (body != null) {
                        body.readAllBytes();
                    }
                }
                if (status >= 500) {
                    err.println("warm-up: the console answered " + status + " for " + page);
                }
                return;
            } catch (ConnectException notYet) {
                if (pastLimit(started)) {
                    throw notYet;
                }
                Thread.sleep(50);
            } finally {
                connection.disconnect();
            }
        }
    }

    private static boolean pastLimit(long started) {
        return System.nanoTime() - started > LIMIT_NANOS;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long count(Path folder, String ending) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(ending)).count();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
