package org.nianbao.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.DueRegionYear;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.model.AnnualReport;
import org.nianbao.region.RegionCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's side of the summaries: every archived report goes into the index, and a region-year's
 * summary is rebuilt from the index once reports stop arriving for it for {@code quietPeriod} (several
 * arrivals close together give one rebuild), or all of them on a schedule. Rosters are read again for
 * every rebuild, so an edited roster counts from the next one. Nothing is totalled in memory.
 */
public final class RegionalSummaries {

    private static final Logger LOG = LoggerFactory.getLogger(RegionalSummaries.class);

    private final ArchiveIndex index;
    private final Path rosters;
    private final SummaryOutbox outbox;
    private final Duration quietPeriod;
    /** However often reports keep arriving, a region-year is rebuilt after waiting this long. */
    private final Duration maxWait;
    private final Clock clock;
    /** The office's corrections, applied before every rebuild (none until the console sets them). */
    private volatile SummaryInputs inputs = SummaryInputs.AS_INDEXED;

    public RegionalSummaries(ArchiveIndex index, Path rosters, SummaryOutbox outbox, Duration quietPeriod,
            Duration maxWait, Clock clock) {
        this.maxWait = maxWait;
        this.index = index;
        this.rosters = rosters;
        this.outbox = outbox;
        this.quietPeriod = quietPeriod;
        this.clock = clock;
    }

    /** Makes every later rebuild use the reports as corrected by {@code inputs}. */
    public void useInputs(SummaryInputs inputs) {
        this.inputs = inputs;
    }

    /**
     * Rebuilds every region-year whose last report arrived at least the quiet period ago. Returns the
     * outbox folders whose summary changed. A region-year that fails stays due and is tried again.
     */
    public List<Path> rebuildDue() throws IndexException {
        List<Path> changed = new ArrayList<>();
        Instant now = clock.instant();
        for (DueRegionYear due : index.dueSince(now.minus(quietPeriod), now.minus(maxWait))) {
            try {
                write(due.regionYear(), false).ifPresent(changed::add);
                index.summaryBuilt(due, clock.instant());
            } catch (IOException | IndexException | RuntimeException e) {
                // One region-year that cannot be written must not hold back the others; it stays due.
                LOG.error("the summary of {} could not be rebuilt and stays due: {}", due.regionYear(), e.toString(), e);
            }
        }
        return changed;
    }

    /** Rebuilds every region-year in the index (the scheduled run: rosters may have changed). */
    public List<Path> rebuildAll() throws IndexException, IOException {
        List<Path> changed = new ArrayList<>();
        List<RegionYear> regionYears = index.regionYears();
        for (RegionYear regionYear : regionYears) {
            write(regionYear, false).ifPresent(changed::add);
        }
        LOG.info("scheduled rebuild: {} region-year(s), {} summary(ies) changed", regionYears.size(), changed.size());
        return changed;
    }

    /** Writes a region-year's summary even if unchanged; returns its folder. */
    public Path rebuild(RegionYear regionYear) throws IndexException, IOException {
        return write(regionYear, true).orElseThrow();
    }

    /** The summary of a region-year as a rebuild would write it now, without writing anything. */
    public RegionalSummary compute(RegionYear regionYear) throws IndexException, IOException {
        SummaryInputs.Adjusted adjusted = inputs.adjust(regionYear, index.regionYear(regionYear));
        SummaryCalculator calculator = new SummaryCalculator(index, Rosters.load(rosters), RegionCatalog.standard(), clock, inputs);
        return adjusted.applyTo(calculator.summarize(regionYear, adjusted.versions()));
    }

    public SummaryOutbox outbox() {
        return outbox;
    }

    public Path rosters() {
        return rosters;
    }

    private Optional<Path> write(RegionYear regionYear, boolean always) throws IndexException, IOException {
        SummaryInputs.Adjusted adjusted = inputs.adjust(regionYear, index.regionYear(regionYear));
        List<IndexedReport> versions = adjusted.versions();
        SummaryCalculator calculator = new SummaryCalculator(index, Rosters.load(rosters), RegionCatalog.standard(), clock, inputs);
        RegionalSummary summary = adjusted.applyTo(calculator.summarize(regionYear, versions));
        if (!always && outbox.holds(summary)) {
            LOG.info("summary of {} unchanged", regionYear);
            return Optional.empty();
        }
        Set<String> included = summary.included().stream().map(RegionalSummary.Included::id).collect(Collectors.toSet());
        List<AnnualReport> reports = versions.stream().filter(r -> included.contains(r.id()))
                .map(IndexedReport::report).toList();
        Path folder = outbox.write(summary, reports);
        LOG.info("summary of {} written to {}: {} included, {} excluded, {} missing", regionYear, folder,
                summary.included().size(), summary.excluded().size(), summary.missing().size());
        return Optional.of(folder);
    }
}
