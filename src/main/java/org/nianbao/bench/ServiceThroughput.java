package org.nianbao.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import org.nianbao.index.IndexException;

/**
 * The service against {@code convert} on the same documents, each in a JVM of its own and timed from its
 * launch: {@code convert} on every document into a folder; the service on the same documents already in
 * its inbox, until the inbox is empty; and the service with one document in its inbox, until that document
 * is archived (time to first report). Two ratios: from launch (start-up included), and running (the rate
 * while both are converting: from the tenth of the documents finished first to the last tenth, so start-up,
 * measured on its own by the time to first report, and the last documents finishing alone are left out of
 * both). Prints the figures and the machine; with several rounds, each round's figures and their medians.
 */
final class ServiceThroughput {

    private static final long POLL_NANOS = 10_000_000L;
    private static final long LIMIT_SECONDS = 1800;

    private final PrintStream out;

    ServiceThroughput(PrintStream out) {
        this.out = out;
    }

    /**
     * Returns 0, or 1 when the service's end state does not match what it was given. With several
     * {@code rounds}, {@code convert} and the service take turns on fresh folders and the medians are
     * printed last: one run's ratio scatters by about ±0.05 on an otherwise idle 2-core machine.
     */
    int run(List<Path> sources, int count, int rounds, Map<String, String> settings, Path work)
            throws IOException, InterruptedException, IndexException {
        List<Path> documents = DistinctDocuments.write(sources, count, work.resolve("documents"));
        out.println(Machine.describe());
        out.println("documents: " + documents.size() + " " + kinds(documents) + ", from " + sources.size() + " source files");
        List<Double> ratios = new ArrayList<>();
        List<Double> running = new ArrayList<>();
        List<Double> firsts = new ArrayList<>();
        boolean converged = true;
        for (int round = 1; round <= rounds; round++) {
            String suffix = rounds == 1 ? "" : "-" + round;
            if (rounds > 1) {
                out.println("round " + round + " of " + rounds);
            }
            Span convert = convert(documents, work, suffix);
            Path service = work.resolve("service" + suffix);
            place(documents, service.resolve("inbox"));
            Path entries = service.resolve("archive/.by-sha256");
            Path inbox = service.resolve("inbox");
            ChildService child = ChildService.service(service, settings, work.resolve("service" + suffix + ".log"));
            double first = waitUntil(child, () -> ChildService.filesIn(entries) > 0);
            // Up to the window's end, or the inbox empty if some document failed.
            double from = waitUntil(child, () -> ChildService.filesIn(entries) >= low(documents.size())
                    || ChildService.filesIn(inbox) == 0);
            double to = waitUntil(child, () -> ChildService.filesIn(entries) >= high(documents.size())
                    || ChildService.filesIn(inbox) == 0);
            double done = waitUntil(child, () -> ChildService.filesIn(inbox) == 0);
            child.alive();
            double serviceCpu = perDocument(child, documents);
            child.stop();
            Span served = new Span(first, from, to, done);
            out.printf(Locale.ROOT, "service: %.1f s from launch, %.1f documents/s, %.0f ms CPU per document;"
                    + " first of them archived %.2f s after launch; %s%n", done, documents.size() / done, serviceCpu, first,
                    served.window(documents.size()));
            double runningRatio = served.runningRatio(convert);
            out.printf(Locale.ROOT, "service/convert throughput: %.2f from launch, %.2f running%n",
                    convert.end() / served.end(), runningRatio);
            ratios.add(convert.end() / served.end());
            running.add(runningRatio);

            Path single = work.resolve("first" + suffix);
            place(documents.subList(0, 1), single.resolve("inbox"));
            ChildService alone = ChildService.service(single, settings, work.resolve("first" + suffix + ".log"));
            double firstAlone = waitUntil(alone, () -> ChildService.filesIn(single.resolve("archive/.by-sha256")) > 0);
            alone.stop();
            out.printf(Locale.ROOT, "first report archived: %.2f s after launch (one document waiting in the inbox)%n", firstAlone);
            firsts.add(firstAlone);

            EndState state = EndState.of(documents, service);
            out.println(state.describe());
            converged &= state.converged();
        }
        if (rounds > 1) {
            out.printf(Locale.ROOT, "median of %d rounds: service/convert throughput %.2f (%.2f–%.2f) from launch,"
                    + " %.2f (%.2f–%.2f) running, first report %.2f s (%.2f–%.2f)%n",
                    rounds, median(ratios), min(ratios), max(ratios), median(running), min(running), max(running),
                    median(firsts), min(firsts), max(firsts));
        }
        out.println("work folder (logs, outputs): " + work);
        return converged ? 0 : 1;
    }

    /**
     * {@code convert} on every document into a folder of its own: seconds from its launch until its first
     * output, the window's two ends (or its exit, if some document gave no output), and its exit.
     */
    private Span convert(List<Path> documents, Path work, String suffix) throws IOException, InterruptedException {
        List<String> convert = new ArrayList<>(List.of("convert"));
        documents.forEach(d -> convert.add(d.toString()));
        Path outputs = work.resolve("convert-out" + suffix);
        convert.add("--out");
        convert.add(outputs.toString());
        ChildService cli = ChildService.command(convert, work.resolve("convert" + suffix + ".log"));
        double first = whileRunning(cli, () -> ChildService.filesIn(outputs) > 0);
        double from = whileRunning(cli, () -> ChildService.filesIn(outputs) >= low(documents.size()));
        double to = whileRunning(cli, () -> ChildService.filesIn(outputs) >= high(documents.size()));
        int exit = cli.await(LIMIT_SECONDS);
        double seconds = cli.seconds();
        Span span = new Span(first, Math.min(from, seconds), Math.min(to, seconds), seconds);
        out.printf(Locale.ROOT, "convert: %.1f s from launch, %.1f documents/s, %.0f ms CPU per document (exit %d);"
                + " first output %.2f s after launch; %s%n",
                seconds, documents.size() / seconds, perDocument(cli, documents), exit, first, span.window(documents.size()));
        return span;
    }

    /** The document that opens the running window: the first tenth left out (start-up, cold code). */
    static int low(int documents) {
        return Math.max(1, documents / 10);
    }

    /** The document that closes the running window: the last tenth left out (the last ones finishing alone). */
    static int high(int documents) {
        return Math.max(low(documents), documents - documents / 10);
    }

    /**
     * Seconds from launch to a command's first finished document, to the first {@link #low} and the first
     * {@link #high} finished documents, and to its end. Running throughput is the rate inside that window:
     * both programs are then converting, their start-up behind them (not all of their JIT's warm-up).
     */
    record Span(double first, double from, double to, double end) {

        /** NaN when the window is empty for either (one document, or all finished within one look). */
        double runningRatio(Span convert) {
            double theirs = convert.to() - convert.from();
            double ours = to - from;
            return theirs > 0 && ours > 0 ? theirs / ours : Double.NaN;
        }

        String window(int documents) {
            return String.format(Locale.ROOT, "documents %d to %d finished between %.2f and %.2f s",
                    low(documents), high(documents), from, to);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** CPU time of the whole JVM (start-up included) divided by the documents. */
    private static double perDocument(ChildService child, List<Path> documents) {
        return child.cpu().toNanos() / 1e6 / documents.size();
    }

    /** Copies the documents into the inbox before the service starts, keeping their (settled) modification times. */
    private static void place(List<Path> documents, Path inbox) throws IOException {
        Files.createDirectories(inbox);
        for (Path document : documents) {
            Files.copy(document, inbox.resolve(document.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    @FunctionalInterface
    interface Condition {
        boolean holds() throws IOException;
    }

    /** Seconds from the command's launch until {@code condition} holds or the command ends, whichever is first. */
    private static double whileRunning(ChildService child, Condition condition) throws IOException {
        while (!condition.holds() && child.alive()) {
            if (child.seconds() > LIMIT_SECONDS) {
                throw new IOException("gave up after " + LIMIT_SECONDS + " s");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return child.seconds();
    }

    /** Seconds from the child's launch until {@code condition} holds; fails if the child dies first. */
    static double waitUntil(ChildService child, Condition condition) throws IOException {
        while (!condition.holds()) {
            if (!child.alive()) {
                throw new IOException("the service stopped on its own; see its log");
            }
            if (child.seconds() > LIMIT_SECONDS) {
                throw new IOException("gave up after " + LIMIT_SECONDS + " s");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return child.seconds();
    }

    private static String kinds(List<Path> documents) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Path document : documents) {
            String name = document.getFileName().toString();
            kinds.merge(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return kinds.toString();
    }

}
