package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/**
 * {@code convert FILE... [--out DIR]}: one canonical JSON per input, on standard output for a single file
 * without {@code --out}, else {@code DIR/<file stem>.json}. Each input that cannot be converted prints
 * {@code FILE: <reason-code>: <message>} on standard error. Exit code 0 when every input was converted
 * (partial reports included), 1 when at least one was not, 2 for a usage error.
 */
public final class ConvertCommand {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE_ERROR = 2;
    static final String USAGE = "usage: convert FILE... [--out DIR]";

    private final Path workingDirectory;
    private final ReportPipeline pipeline;
    private final long maxBytes;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    /**
     * @param workingDirectory where several inputs given without {@code --out} are written
     *        ({@code <stem>.json} each), as a person running the command in a folder expects
     */
    public ConvertCommand(ReportPipeline pipeline, long maxBytes, PrintStream out, PrintStream err, Clock clock,
            Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        this.pipeline = pipeline;
        this.maxBytes = maxBytes;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public int run(List<String> args) throws IOException {
        Optional<Request> request = parse(args);
        if (request.isEmpty()) {
            err.println(USAGE);
            return USAGE_ERROR;
        }
        Optional<Path> outDir = request.get().output();
        if (outDir.isPresent()) {
            Files.createDirectories(outDir.get());
        }
        Set<String> written = new HashSet<>();
        int failures = 0;
        for (Path file : request.get().files()) {
            Optional<AnnualReport> report = convert(file);
            if (report.isEmpty()) {
                failures++;
            } else if (outDir.isEmpty()) {
                out.write(Json.mapper().writeValueAsBytes(report.get()));
                out.println();
            } else {
                Path target = outDir.get().resolve(uniqueName(stemOf(file), written));
                Files.write(target, Json.mapper().writeValueAsBytes(report.get()));
                out.println(file + " -> " + target + " (" + report.get().status() + ")");
            }
        }
        out.flush();
        return failures == 0 ? OK : SOME_FAILED;
    }

    /** The report of one input, or empty after printing why there is none. */
    private Optional<AnnualReport> convert(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                err.println(file + ": too-large: the file has " + size + " bytes, more than the limit of " + maxBytes);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println(file + ": unreadable: cannot read the file (" + e + ")");
            return Optional.empty();
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Outcome outcome = pipeline.process(SourceDocument.of(bytes, name, SourceDocument.CLI, clock.instant()));
        if (outcome instanceof Outcome.Failed failed) {
            err.println(file + ": " + failed.reasonLine());
            return Optional.empty();
        }
        return Optional.of(((Outcome.Converted) outcome).report());
    }

    /** The parsed arguments; empty (after printing why) when they are not a valid request. */
    private Optional<Request> parse(List<String> args) {
        List<Path> files = new ArrayList<>();
        Path outDir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out") || arg.startsWith("--out=")) {
                String value = arg.equals("--out") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(6);
                if (value.isEmpty() || outDir != null) {
                    err.println("convert: --out needs one folder");
                    return Optional.empty();
                }
                outDir = Path.of(value);
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
        if (files.size() > 1 && outDir == null) {
            outDir = workingDirectory;
        }
        return Optional.of(new Request(files, outDir));
    }

    static String stemOf(Path file) {
        String name = file.getFileName() == null ? "document" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** {@code stem.json}, or {@code stem-2.json}... when an earlier input of this run had the same stem. */
    private static String uniqueName(String stem, Set<String> written) {
        String name = stem + ".json";
        for (int n = 2; !written.add(name); n++) {
            name = stem + "-" + n + ".json";
        }
        return name;
    }

    /** @param outDir the folder for the JSON files, or null for standard output */
    private record Request(List<Path> files, Path outDir) {

        Optional<Path> output() {
            return Optional.ofNullable(outDir);
        }
    }
}
