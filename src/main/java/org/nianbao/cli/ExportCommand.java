package org.nianbao.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.nianbao.export.ExportFilter;
import org.nianbao.export.ExportedReport;
import org.nianbao.export.LongCsv;
import org.nianbao.export.ReportSource;
import org.nianbao.export.WideCsv;
import org.nianbao.export.WideXlsx;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexSettings;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.summary.CrossChecks;

/**
 * {@code export [--from DIR] --out DIR [--region CODE] [--years FROM[-TO]] [--template T]}: writes the
 * reports of the archive index (current versions), or of a folder of report JSONs ({@code --from}), as
 * {@code reports.csv} (wide, for Excel), {@code reports.xlsx} (the same) and {@code cells.csv} (long, one row
 * per cell) into {@code DIR}. Each file is written under a temporary name and renamed into place. Exit code
 * 0 written, 1 the index or a folder cannot be used, 2 for a usage error.
 */
public final class ExportCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_ERROR = 2;
    static final String USAGE = "usage: export [--from DIR] --out DIR [--region CODE] [--years FROM[-TO]] [--template 2019|2021]";
    public static final String WIDE_CSV = "reports.csv";
    public static final String WIDE_XLSX = "reports.xlsx";
    public static final String LONG_CSV = "cells.csv";
    private static final Set<String> TEMPLATES = Set.of("2019", "2021", "pre2019", "unknown");

    private final IndexSettings index;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public ExportCommand(IndexSettings index, PrintStream out, PrintStream err, Clock clock) {
        this.index = index;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    record Request(Optional<Path> from, Path out, ExportFilter filter) {
    }

    public int run(List<String> args) {
        Optional<Request> request = parse(args);
        if (request.isEmpty()) {
            err.println(USAGE);
            return USAGE_ERROR;
        }
        try {
            // The year before the range is read too, for the carry-over check of the range's first year.
            ExportFilter filter = request.get().filter();
            ExportFilter wider = new ExportFilter(filter.regionPrefix(),
                    filter.fromYear() == null ? null : filter.fromYear() - 1, filter.toYear(), filter.template());
            List<AnnualReport> read = request.get().from().isPresent()
                    ? ReportSource.fromFolder(request.get().from().get(), wider, p -> err.println(ConvertProgress.visible(p)))
                    : ReportSource.fromIndex(ArchiveIndex.open(index, clock), wider);
            Map<String, List<Check>> crossChecks = CrossChecks.among(read);
            List<AnnualReport> reports = read.stream().filter(filter::matches).toList();
            List<ExportedReport> exported = reports.stream()
                    .map(r -> ExportedReport.of(r, crossChecks.getOrDefault(r.id(), List.of()))).toList();
            Path folder = request.get().out();
            Files.createDirectories(folder);
            write(folder.resolve(WIDE_CSV), o -> WideCsv.write(exported, o));
            write(folder.resolve(WIDE_XLSX), o -> WideXlsx.write(exported, o));
            write(folder.resolve(LONG_CSV), o -> LongCsv.write(exported, o));
            out.println(folder + ": " + exported.size() + " reports (" + years(reports) + ") in " + WIDE_CSV + ", "
                    + WIDE_XLSX + " and " + LONG_CSV);
            return OK;
        } catch (IndexException | IOException e) {
            err.println("export: " + e.getMessage());
            return FAILED;
        }
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path target, Body body) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
            body.write(o);
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code 2020: 12, 2023: 9}. */
    private static String years(List<AnnualReport> reports) {
        Map<String, Integer> count = new TreeMap<>();
        reports.forEach(r -> count.merge(r.report() == null || r.report().year() == null ? "no year"
                : r.report().year().toString(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        count.forEach((year, n) -> parts.add(year + ": " + n));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    Optional<Request> parse(List<String> args) {
        Path from = null;
        Path output = null;
        String region = "";
        Integer fromYear = null;
        Integer toYear = null;
        String template = null;
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                err.println("export: " + args.get(i) + " needs a value");
                return Optional.empty();
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--from" -> from = Path.of(value);
                case "--out" -> output = Path.of(value);
                case "--region" -> {
                    Optional<String> prefix = ExportFilter.regionPrefix(value);
                    if (prefix.isEmpty()) {
                        err.println("export: --region needs a GB/T 2260 code (371300, or a prefix: 37, 3713)");
                        return Optional.empty();
                    }
                    region = prefix.get();
                }
                case "--years" -> {
                    if (!value.matches("(19|20)[0-9]{2}(-(19|20)[0-9]{2})?")) {
                        err.println("export: --years needs YEAR or FROM-TO (2020-2023)");
                        return Optional.empty();
                    }
                    fromYear = Integer.valueOf(value.substring(0, 4));
                    toYear = value.length() > 4 ? Integer.valueOf(value.substring(5)) : fromYear;
                }
                case "--template" -> {
                    if (!TEMPLATES.contains(value)) {
                        err.println("export: --template is 2019, 2021, pre2019 or unknown");
                        return Optional.empty();
                    }
                    template = value;
                }
                default -> {
                    err.println("export: unknown option " + args.get(i));
                    return Optional.empty();
                }
            }
        }
        if (output == null) {
            err.println("export: --out DIR is required");
            return Optional.empty();
        }
        if (from != null && !Files.isDirectory(from)) {
            err.println("export: --from " + from + " is not a folder");
            return Optional.empty();
        }
        return Optional.of(new Request(Optional.ofNullable(from), output, new ExportFilter(region, fromYear, toYear, template)));
    }
}
