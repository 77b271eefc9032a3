package org.nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.nianbao.cli.ConvertInputs.Input;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/**
 * {@code convert FILE|DIR... [--out DIR] [--threads N] [--resume]}: one canonical JSON per input, on
 * standard output for a single file without {@code --out}, else {@code DIR/<file stem>.json} (a folder's
 * documents are found recursively and mirror its sub-folders under {@code DIR}). Inputs are converted on
 * {@code --threads} threads (default: the available processors). Each input that cannot be converted prints
 * {@code FILE: <reason-code>: <message>} on standard error; on a terminal a progress line is redrawn there,
 * and a run that writes files ends with a one-line summary. {@code --resume} skips an input whose output
 * is up to date: newer than the input, or holding the input's SHA-256 as its id. Exit code 0 when every
 * input was converted (partial reports included), 1 when at least one was not, 2 for a usage error.
 */
public final class ConvertCommand {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE_ERROR = 2;
    static final String USAGE = "usage: convert FILE|DIR... [--out DIR] [--threads N] [--resume]";

    private final Path workingDirectory;
    private final ReportPipeline pipeline;
    private final long maxBytes;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final boolean terminal;
    private final LongSupplier nanoTime;

    /**
     * @param workingDirectory where several inputs given without {@code --out} are written
     *        ({@code <stem>.json} each), as a person running the command in a folder expects
     */
    public ConvertCommand(ReportPipeline pipeline, long maxBytes, PrintStream out, PrintStream err, Clock clock,
            Path workingDirectory) {
        this(pipeline, maxBytes, out, err, clock, workingDirectory, System.console() != null, System::nanoTime);
    }

    /** @param terminal whether standard error is a terminal, where a progress line is drawn */
    ConvertCommand(ReportPipeline pipeline, long maxBytes, PrintStream out, PrintStream err, Clock clock,
            Path workingDirectory, boolean terminal, LongSupplier nanoTime) {
        this.workingDirectory = workingDirectory;
        this.pipeline = pipeline;
        this.maxBytes = maxBytes;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    public int run(List<String> args) throws IOException {
        Optional<Request> request = parse(args);
        if (request.isEmpty()) {
            err.println(USAGE);
            return USAGE_ERROR;
        }
        Optional<Path> outDir = request.get().output();
        if (outDir.isEmpty()) {
            return toStandardOutput(request.get().files().get(0));
        }
        Files.createDirectories(outDir.get());
        List<Input> inputs = ConvertInputs.plan(request.get().files(), outDir.get());
        ConvertProgress progress = new ConvertProgress(err, terminal, inputs.size(), nanoTime);
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(request.get().threads(), Math.max(1, inputs.size())));
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Input input : inputs) {
                pending.add(workers.submit(() -> {
                    convertTo(input, request.get().resume(), progress);
                    return null;
                }));
            }
            for (Future<?> task : pending) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("convert was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io
                    : new IOException("convert stopped: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        progress.finish();
        out.flush();
        return progress.failures() == 0 ? OK : SOME_FAILED;
    }

    private int toStandardOutput(Path file) throws IOException {
        ConvertProgress progress = new ConvertProgress(err, false, 1, nanoTime);
        Optional<AnnualReport> report = convert(file, progress);
        if (report.isPresent()) {
            out.write(Json.mapper().writeValueAsBytes(report.get()));
            out.println();
        }
        out.flush();
        return report.isPresent() ? OK : SOME_FAILED;
    }

    /** Converts one input into its output file, unless {@code resume} and the output is up to date. */
    private void convertTo(Input input, boolean resume, ConvertProgress progress) throws IOException {
        if (resume && upToDate(input)) {
            progress.upToDate();
            return;
        }
        Optional<AnnualReport> report = convert(input.file(), progress);
        if (report.isPresent()) {
            if (input.output().getParent() != null) {
                Files.createDirectories(input.output().getParent());
            }
            Path partFile = input.output().resolveSibling(input.output().getFileName() + ".part");
            Files.write(partFile, Json.mapper().writeValueAsBytes(report.get()));
            Files.move(partFile, input.output(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            progress.converted(AnnualReport.PARTIAL.equals(report.get().status()));
        }
    }

    /**
     * Whether the input's output exists and is newer than the input, or holds the input's SHA-256 as its
     * {@code id} (a copied or re-downloaded input with the same bytes). An output that cannot be read as
     * a report is not up to date.
     */
    private static boolean upToDate(Input input) throws IOException {
        if (!Files.isRegularFile(input.output()) || !Files.isRegularFile(input.file())) {
            return false;
        }
        FileTime written = Files.getLastModifiedTime(input.output());
        if (written.compareTo(Files.getLastModifiedTime(input.file())) > 0) {
            return true;
        }
        JsonNode id;
        try {
            id = Json.mapper().readTree(input.output().toFile()).path("id");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return false; // a damaged output (an interrupted earlier write) is simply converted again
        }
        return id.isTextual() && id.asText().equals(SourceDocument.sha256Hex(Files.readAllBytes(input.file())));
    }

    /** The report of one input, or empty after reporting why there is none. */
    private Optional<AnnualReport> convert(Path file, ConvertProgress progress) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                progress.failed("too-large", file + ": too-large: the file has " + size
                        + " bytes, more than the limit of " + maxBytes);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            progress.failed("unreadable", file + ": unreadable: cannot read the file (" + e + ")");
            return Optional.empty();
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Outcome outcome = pipeline.process(SourceDocument.of(bytes, name, SourceDocument.CLI, clock.instant()));
        if (outcome instanceof Outcome.Failed failed) {
            progress.failed(failed.code().reason(), file + ": " + failed.reasonLine());
            return Optional.empty();
        }
        return Optional.of(((Outcome.Converted) outcome).report());
    }

    /** The parsed arguments; empty (after printing why) when they are not a valid request. */
    private Optional<Request> parse(List<String> args) {
        List<Path> files = new ArrayList<>();
        Path outDir = null;
        Integer threads = null;
        boolean resume = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out") || arg.startsWith("--out=")) {
                String value = arg.equals("--out") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(6);
                if (value.isEmpty() || outDir != null) {
                    err.println("convert: --out needs one folder");
                    return Optional.empty();
                }
                outDir = Path.of(value);
            } else if (arg.equals("--threads") || arg.startsWith("--threads=")) {
                String value = arg.equals("--threads") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(10);
                threads = positive(value);
                if (threads == null) {
                    err.println("convert: --threads needs a whole number from 1 to 256");
                    return Optional.empty();
                }
            } else if (arg.equals("--resume")) {
                resume = true;
            } else if (arg.startsWith("-")) {
                err.println("convert: unknown option " + arg);
                return Optional.empty();
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            err.println("convert: no file given");
            return Optional.empty();
        }
        if ((files.size() > 1 || Files.isDirectory(files.get(0))) && outDir == null) {
            outDir = workingDirectory;
        }
        if (resume && outDir == null) {
            err.println("convert: --resume needs output files (--out DIR, or several inputs)");
            return Optional.empty();
        }
        int available = Runtime.getRuntime().availableProcessors();
        return Optional.of(new Request(files, outDir, threads == null ? available : threads, resume));
    }

    private static Integer positive(String value) {
        if (!value.matches("[0-9]{1,3}")) {
            return null;
        }
        int n = Integer.parseInt(value);
        return n >= 1 && n <= 256 ? n : null;
    }

    /** @param outDir the folder for the JSON files, or null for standard output */
    private record Request(List<Path> files, Path outDir, int threads, boolean resume) {

        Optional<Path> output() {
            return Optional.ofNullable(outDir);
        }
    }
}
