package org.nianbao.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;

/** Where the exported reports come from: the archive index (current versions) or a folder of report JSONs. */
public final class ReportSource {

    private ReportSource() {
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The current (not superseded) reports of the index that pass the filter, by region code, year and
     * agency. Reports without a region or year are in no region-year and are not exported from the index.
     */
    public static List<AnnualReport> fromIndex(ArchiveIndex index, ExportFilter filter) throws IndexException {
        List<AnnualReport> out = new ArrayList<>();
        for (RegionYear regionYear : index.regionYears()) {
            if (filter.regionMatches(regionYear.code()) && filter.yearMatches(regionYear.year())) {
                for (IndexedReport row : index.regionYear(regionYear)) {
                    if (row.current() && filter.matches(row.report())) {
                        out.add(row.report());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Every {@code *.json} below {@code folder} (recursively, in path order; hidden files and folders such
     * as the archive's {@code .staging} skipped) that is a canonical report and
     * passes the filter. A file that is not a report is left out and named to {@code problems}.
     */
    public static List<AnnualReport> fromFolder(Path folder, ExportFilter filter, Consumer<String> problems)
            throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .toList();
        }
        List<AnnualReport> out = new ArrayList<>();
        for (Path file : files) {
            AnnualReport report;
            try {
                report = Json.mapper().readValue(file.toFile(), AnnualReport.class);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                problems.accept(file + ": not a report JSON (" + e.getOriginalMessage() + ")");
                continue;
            }
            if (report.id() == null || report.schemaVersion() == null) {
                problems.accept(file + ": not a report JSON (no id or schemaVersion)");
            } else if (filter.matches(report)) {
                out.add(report);
            }
        }
        return out;
    }
}
