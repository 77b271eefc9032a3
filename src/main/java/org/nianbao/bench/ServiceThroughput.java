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
 * is archived (time to first report). Prints the figures and the machine; with several rounds, each
 * round's figures and their medians.
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
        List<Double> firsts = new ArrayList<>();
        boolean converged = true;
        for (int round = 1; round <= rounds; round++) {
            String suffix = rounds == 1 ? "" : "-" + round;
            if (rounds > 1) {
                out.println("round " + round + " of " + rounds);
            }
            double convertSeconds = convert(documents, work, suffix);
            Path service = work.resolve("service" + suffix);
            place(documents, service.resolve("inbox"));
            ChildService running = ChildService.service(service, settings, work.resolve("service" + suffix + ".log"));
            double first = waitUntil(running, () -> ChildService.filesIn(service.resolve("archive/.by-sha256")) > 0);
            double done = waitUntil(running, () -> ChildService.filesIn(service.resolve("inbox")) == 0);
            running.alive();
            double serviceCpu = perDocument(running, documents);
            running.stop();
            out.printf(Locale.ROOT, "service: %.1f s from launch, %.1f documents/s, %.0f ms CPU per document;"
                    + " first of them archived %.2f s after launch%n", done, documents.size() / done, serviceCpu, first);
            out.printf(Locale.ROOT, "service/convert throughput: %.2f%n", convertSeconds / done);
            ratios.add(convertSeconds / done);

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
            out.printf(Locale.ROOT, "median of %d rounds: service/convert throughput %.2f (%.2f–%.2f), first report %.2f s (%.2f–%.2f)%n",
                    rounds, median(ratios), min(ratios), max(ratios), median(firsts), min(firsts), max(firsts));
        }
        out.println("work folder (logs, outputs): " + work);
        return converged ? 0 : 1;
    }

    /** {@code convert} on every document into a folder of its own; seconds from its launch. */
    private double convert(List<Path> documents, Path work, String suffix) throws IOException, InterruptedException {
        List<String> convert = new ArrayList<>(List.of("convert"));
        documents.forEach(d -> convert.add(d.toString()));
        convert.add("--out");
        convert.add(work.resolve("convert-out" + suffix).toString());
        ChildService cli = ChildService.command(convert, work.resolve("convert" + suffix + ".log"));
        int exit = cli.await(LIMIT_SECONDS);
        double seconds = cli.seconds();
        out.printf(Locale.ROOT, "convert: %.1f s from launch, %.1f documents/s, %.0f ms CPU per document (exit %d)%n",
                seconds, documents.size() / seconds, perDocument(cli, documents), exit);
        return seconds;
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
