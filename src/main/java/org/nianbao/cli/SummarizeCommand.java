package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.ArchiveRebuild;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexSettings;
import org.nianbao.index.RegionYear;
import org.nianbao.model.Json;
import org.nianbao.region.RegionCatalog;
import org.nianbao.summary.RegionalSummaries;
import org.nianbao.correction.Corrections;
import org.nianbao.region.RegionCatalog;
import org.nianbao.summary.RegionalSummary;
import org.nianbao.summary.SummaryOutbox;

/**
 * {@code summarize --region CODE --year YEAR [--out DIR]}: writes a region's summary for a year, computed
 * from the archive index (given every archive entry it lacks first), into the outbox or {@code DIR}
 * ({@code DIR/<code>-<name>/<year>/summary.json|docx|pdf|csv}). Prints the folder and what the summary holds.
 * Exit code 0 when written, 1 when the index or the outbox cannot be used, 2 for a usage error. The embedded H2
 * index is held open by a running service: then the command refuses in one line and the service is untouched.
 */
public final class SummarizeCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_ERROR = 2;
    static final String USAGE = "usage: summarize --region CODE --year YEAR [--out DIR]";

    private final IndexSettings index;
    private final Path archive;
    private final Path rosters;
    private final Path outbox;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public SummarizeCommand(IndexSettings index, Path archive, Path rosters, Path outbox, PrintStream out,
                            PrintStream err, Clock clock) {
        this.index = index;
        this.archive = archive;
        this.rosters = rosters;
        this.outbox = outbox;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    record Request(RegionYear regionYear, Optional<Path> output) {
    }

    public int run(List<String> args) {
        Optional<Request> request = parse(args);
        if (request.isEmpty()) {
            err.println(USAGE);
            return USAGE_ERROR;
        }
        RegionYear regionYear = request.get().regionYear();
        if (RegionCatalog.standard().byCode(regionYear.code()).isEmpty()) {
            err.println("summarize: " + regionYear.code() + " is not a GB/T 2260 division code (e.g. 371311 for 罗庄区)");
            return USAGE_ERROR;
        }
        try (ArchiveIndex opened = ArchiveIndex.open(index, clock)) {
            ArchiveRebuild.run(opened, archive);
            SummaryOutbox target = new SummaryOutbox(request.get().output().orElse(outbox));
            RegionalSummaries summaries = new RegionalSummaries(opened, rosters, target, Duration.ZERO, Duration.ZERO, clock);
            // The office's corrections count here exactly as in the service's own rebuilds.
            summaries.useInputs(new Corrections(opened, RegionCatalog.standard(), clock));
            Path folder = summaries.rebuild(regionYear);
            RegionalSummary summary = Json.mapper().readValue(folder.resolve(SummaryOutbox.JSON).toFile(),
                    RegionalSummary.class);
            out.println(folder + ": " + summary.region().name() + " " + summary.year() + ", template "
                    + summary.template() + ", " + summary.included().size() + " included, " + summary.excluded().size()
                    + " excluded, " + summary.missing().size() + " missing from the roster");
            return OK;
        } catch (IndexException e) {
            err.println("summarize: " + (EmbeddedIndexInUse.isCause(e) ? EmbeddedIndexInUse.explain(index)
                    : e.getMessage()));
            return FAILED;
        } catch (IOException e) {
            err.println("summarize: " + e.getMessage());
            return FAILED;
        }
    }

    static Optional<Request> parse(List<String> args) {
        String region = null;
        Integer year = null;
        Path output = null;
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                return Optional.empty();
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--region" -> region = value.matches("\\d{6}") ? value : null;
                case "--year" -> year = value.matches("(19|20)\\d{2}") ? Integer.valueOf(value) : null;
                case "--out" -> output = Path.of(value);
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (region == null || year == null) {
            return Optional.empty();
        }
        return Optional.of(new Request(new RegionYear(region, year), Optional.ofNullable(output)));
    }
}
