package org.nianbao.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.model.ReportMeta;
import org.nianbao.summary.CrossChecks;

/**
 * The checks across years and levels ({@link CrossChecks}: X1, X2) of reports as they are shown, computed
 * from the index's current versions at that moment with their corrections applied, as the summaries do:
 * reports the office excluded from the sums are not compared with. Read by region-year (an indexed
 * lookup): the year before for X1, and the report's own region-year for X2 when it is an aggregate report.
 * Nothing is stored: the archived report keeps the checks its document printed.
 */
public final class CurrentCrossChecks {

    private final ArchiveIndex index;
    private final Corrections corrections;

    public CurrentCrossChecks(ArchiveIndex index, Corrections corrections) {
        this.index = index;
        this.corrections = corrections;
    }

    /** X1 and X2 of one effective report; empty when the index holds neither last year's report nor units. */
    public List<Check> of(EffectiveReport shown) throws IndexException {
        AnnualReport report = shown.report();
        ReportMeta meta = report.report();
        if (meta == null || meta.year() == null || meta.region() == null || meta.region().code() == null) {
            return List.of();
        }
        List<AnnualReport> pool = new ArrayList<>(comparable(new RegionYear(meta.region().code(), meta.year() - 1)));
        if ("aggregate".equals(meta.scope())) {
            comparable(new RegionYear(meta.region().code(), meta.year())).stream()
                    .filter(r -> !r.id().equals(report.id())).forEach(pool::add);
        }
        return CrossChecks.among(List.of(report), pool).getOrDefault(report.id(), List.of());
    }

    /**
     * X1 and X2 of each of {@code current} (effective reports of one region-year), by report id, compared
     * with the included ones among them and the year before's.
     */
    public Map<String, List<Check>> of(RegionYear regionYear, List<EffectiveReport> current) throws IndexException {
        List<AnnualReport> pool = new ArrayList<>(comparable(new RegionYear(regionYear.code(), regionYear.year() - 1)));
        current.stream().filter(e -> e.indexed().current() && !e.excluded()).map(EffectiveReport::report).forEach(pool::add);
        return CrossChecks.among(current.stream().map(EffectiveReport::report).toList(), pool);
    }

    /** The current, not excluded, effective reports of a region-year. */
    private List<AnnualReport> comparable(RegionYear regionYear) throws IndexException {
        List<IndexedReport> versions = index.regionYear(regionYear);
        return corrections.regionYear(regionYear, versions).stream()
                .filter(e -> e.indexed().current() && !e.excluded()).map(EffectiveReport::report).toList();
    }
}
