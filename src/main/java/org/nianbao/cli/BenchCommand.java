package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nianbao.bench.ConversionBenchmark;
import org.nianbao.bench.ServiceBench;
import org.nianbao.index.IndexException;
import org.nianbao.pipeline.ReportPipeline;

/**
 * {@code bench [--rounds N] FILE|DIR...}: times the service's conversion of each document against the
 * bare library reading the same file, and prints the medians. {@code bench service …} and {@code bench kill …}
 * run the whole service instead ({@link ServiceBench}). {@code bench --ocr FILE|DIR...}: OCR pages
 * per second and CPU seconds per page over scanned documents.
 */
public final class BenchCommand {

    private static final int DEFAULT_ROUNDS = 15;

    private final ReportPipeline pipeline;
    private final PrintStream out;
    private final PrintStream err;

    public BenchCommand(ReportPipeline pipeline, PrintStream out, PrintStream err) {
        this.pipeline = pipeline;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) throws IOException, InterruptedException, IndexException {
        if (!args.isEmpty() && (args.get(0).equals("service") || args.get(0).equals("kill"))) {
            return new ServiceBench(out, err).run(args.get(0), args.subList(1, args.size()));
        }
        int rounds = DEFAULT_ROUNDS;
        boolean ocr = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--ocr")) {
                ocr = true;
            } else if (args.get(i).equals("--rounds") && i + 1 < args.size()) {
                rounds = Integer.parseInt(args.get(++i));
            } else {
                Path p = Path.of(args.get(i));
                if (Files.isDirectory(p)) {
                    try (Stream<Path> listing = Files.list(p)) {
                        listing.filter(Files::isRegularFile).sorted().forEach(files::add);
                    }
                } else if (Files.isRegularFile(p)) {
                    files.add(p);
                } else {
                    err.println(p + ": no such file or folder");
                    return 2;
                }
            }
        }
        if (files.isEmpty() || rounds < 1) {
            err.println("usage: bench [--rounds N] FILE|DIR...  or  bench --ocr FILE|DIR...");
            return 2;
        }
        if (ocr) {
            new org.nianbao.bench.OcrBenchmark(pipeline).run(files, out);
            return 0;
        }
        new ConversionBenchmark(pipeline, rounds).run(files, out);
        return 0;
    }
}
