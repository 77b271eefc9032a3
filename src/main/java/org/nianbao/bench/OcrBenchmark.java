package org.nianbao.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/**
 * Times OCR: converts each scanned document once (after one conversion that loads the engine and warms
 * the JVM) and prints the pages read by OCR, the wall time and the CPU time of the whole process (ONNX
 * Runtime's native threads included) per document, then OCR pages per second and CPU seconds per page
 * over all of them, and the process's peak resident memory.
 */
public final class OcrBenchmark {

    private final ReportPipeline pipeline;

    public OcrBenchmark(ReportPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public void run(List<Path> files, PrintStream out) throws IOException {
        if (!files.isEmpty()) {
            convert(files.get(0));
        }
        out.printf("%-40s %6s %9s %9s %11s%n", "file", "pages", "wall s", "CPU s", "CPU s/page");
        int totalPages = 0;
        double totalWall = 0;
        double totalCpu = 0;
        for (Path file : files) {
            long cpu0 = processCpuNanos();
            long wall0 = System.nanoTime();
            int pages = convert(file);
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            out.printf("%-40s %6d %9.2f %9.2f %11s%n", file.getFileName(), pages, wall, cpu,
                    pages == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.2f", cpu / pages));
            totalPages += pages;
            totalWall += wall;
            totalCpu += cpu;
        }
        out.println();
        if (totalPages > 0) {
            out.printf("OCR pages: %d   pages per second: %.2f   CPU seconds per page: %.2f%n", totalPages,
                    totalPages / totalWall, totalCpu / totalPages);
        }
        peakMemory().ifPresent(kb -> out.printf("peak resident memory of this process: %d MB%n", kb / 1024));
    }

    /** Converts the file and returns the number of pages OCR read. */
    private int convert(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Outcome outcome = pipeline.process(SourceDocument.of(bytes, file.getFileName().toString(), SourceDocument.CLI, null));
        if (outcome instanceof Outcome.Converted converted) {
            return (int) converted.report().warnings().stream().filter(w -> "PAGE_OCR".equals(w.code())).count();
        }
        return 0;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** VmHWM from /proc/self/status (Linux), in kB. */
    private static Optional<Long> peakMemory() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Optional.empty();
        }
        for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
            if (line.startsWith("VmHWM:")) {
                return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
            }
        }
        return Optional.empty();
    }
}
