package org.nianbao.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FormatDetector;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/**
 * Times the whole conversion (format detection, converter, report extraction) against the bare
 * library on the same file, on one thread in a warm JVM (both sides warmed up alike, see {@link #warmUp}), and prints medians of the
 * thread's CPU time per file and per format. Files that the service rejects are left out of the comparison and named.
 */
public final class ConversionBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Conversions of one format's files that warm up its per-document code (see {@link #warmUp}). */
    private static final int WARM_CONVERSIONS = 5000;
    /** The most time one format's extra warm-up may take. */
    private static final long WARM_WALL_NANOS = 15_000_000_000L;

    private final ReportPipeline pipeline;
    private final int rounds;

    public ConversionBenchmark(ReportPipeline pipeline, int rounds) {
        this.pipeline = pipeline;
        this.rounds = rounds;
    }

    public void run(List<Path> files, PrintStream out) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Optional<DocumentFormat> format = format(bytes, file);
            if (format.isEmpty() || !(convert(bytes, file) instanceof Outcome.Converted)) {
                out.println("skipped (not convertible): " + file);
                continue;
            }
            samples.add(new Sample(file, format.get(), bytes));
        }
        warmUp(samples);
        out.printf("CPU time of the converting thread, median of %d runs after warm-up%n", rounds);
        out.printf("%-44s %-5s %10s %10s %7s%n", "file", "fmt", "ours ms", "library ms", "ratio");
        Map<DocumentFormat, List<double[]>> byFormat = new EnumMap<>(DocumentFormat.class);
        for (Sample s : samples) {
            double[] ours = new double[rounds];
            double[] lib = new double[rounds];
            // Each side runs its rounds back to back on the same file, so each finds its own code and data
            // in the caches, as it would converting a stream of documents.
            for (int r = 0; r < rounds; r++) {
                ours[r] = time(s, true);
            }
            for (int r = 0; r < rounds; r++) {
                lib[r] = time(s, false);
            }
            double o = median(ours);
            double l = median(lib);
            byFormat.computeIfAbsent(s.format, f -> new ArrayList<>()).add(new double[] {o, l});
            out.printf("%-44s %-5s %10.2f %10.2f %7.2f%n", s.file.getFileName(), s.format, o, l, o / l);
        }
        out.println();
        out.printf("%-5s %5s %14s %14s %12s %10s%n", "fmt", "files", "median ours", "median library", "median ratio", "docs/s");
        byFormat.forEach((f, rows) -> {
            double[] o = rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] ratios = rows.stream().mapToDouble(r -> r[0] / r[1]).toArray();
            double[] l = rows.stream().mapToDouble(r -> r[1]).toArray();
            double total = Arrays.stream(o).sum();
            out.printf("%-5s %5d %12.2fms %12.2fms %12.2f %10.1f%n", f, rows.size(), median(o), median(l), median(ratios),
                    rows.size() / (total / 1000));
        });
        out.printf("%nmax heap of this JVM: %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /**
     * Both sides, alternately, until both run compiled code: every file at least a third of the rounds (3 or
     * more), then each format's files again until that format has been converted {@link #WARM_CONVERSIONS}
     * times (the code run once per document is then past the JIT's invocation thresholds), or for at most
     * {@link #WARM_WALL_NANOS} (a slow format's code is hot long before that).
     */
    private void warmUp(List<Sample> samples) {
        int minRounds = Math.max(3, rounds / 3);
        for (int warm = 0; warm < minRounds; warm++) {
            for (Sample s : samples) {
                time(s, true);
                time(s, false);
            }
        }
        Map<DocumentFormat, List<Sample>> byFormat = new EnumMap<>(DocumentFormat.class);
        samples.forEach(s -> byFormat.computeIfAbsent(s.format, f -> new ArrayList<>()).add(s));
        for (List<Sample> files : byFormat.values()) {
            long conversions = (long) minRounds * files.size();
            long start = System.nanoTime();
            // Wall time, not this thread's CPU time: a scan's OCR runs on other threads.
            while (conversions < WARM_CONVERSIONS && System.nanoTime() - start < WARM_WALL_NANOS) {
                for (Sample s : files) {
                    time(s, true);
                    time(s, false);
                    conversions++;
                }
            }
        }
    }

    /**
     * CPU time of this thread, not wall time: on a shared machine another process's load then does not
     * land on one side of the comparison more than on the other.
     */
    private double time(Sample s, boolean ours) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            if (ours) {
                convert(s.bytes, s.file);
            } else {
                Baselines.run(s.format, s.bytes);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the library could not read " + s.file, e);
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
    }

    private Outcome convert(byte[] bytes, Path file) {
        return pipeline.process(SourceDocument.of(bytes, file.getFileName().toString(), SourceDocument.CLI, null));
    }

    private static Optional<DocumentFormat> format(byte[] bytes, Path file) {
        try {
            return Optional.of(new FormatDetector().detect(bytes, file.getFileName().toString()));
        } catch (ConversionException e) {
            return Optional.empty();
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private record Sample(Path file, DocumentFormat format, byte[] bytes) {
    }
}
