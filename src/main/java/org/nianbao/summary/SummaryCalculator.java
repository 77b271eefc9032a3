package org.nianbao.summary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.extract.ConsistencyChecks;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.CheckFailure;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.model.ProactiveTable;
import org.nianbao.model.Region;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.RequestsTable.Results;
import org.nianbao.model.ReviewLitigation;
import org.nianbao.model.Tables;
import org.nianbao.model.Warning;
import org.nianbao.region.RegionCatalog;
import org.nianbao.summary.RegionalSummary.FailedCheck;
import org.nianbao.summary.RegionalSummary.Included;

/**
 * A region's summary for one year, recomputed from the index every time: the cell-wise sums of its current
 * reports, what was left out and why, which roster agencies have not reported, and the checks R1–R5 on
 * the sums. R1–R4 are linear, so they hold on the sums whenever they hold in every summed report.
 */
public final class SummaryCalculator {

    static final String ORIGIN = "sum";
    private static final String DETAIL = "otherHandlingDetail";

    private final ArchiveIndex index;
    private final Rosters rosters;
    private final RegionCatalog catalog;
    private final Clock clock;
    private final SummaryInputs inputs;

    public SummaryCalculator(ArchiveIndex index, Rosters rosters, RegionCatalog catalog, Clock clock) {
        this(index, rosters, catalog, clock, SummaryInputs.AS_INDEXED);
    }

    /** A calculator whose checks across years read the year before as {@code inputs} adjust it (corrections applied). */
    public SummaryCalculator(ArchiveIndex index, Rosters rosters, RegionCatalog catalog, Clock clock, SummaryInputs inputs) {
        this.index = index;
        this.rosters = rosters;
        this.catalog = catalog;
        this.clock = clock;
        this.inputs = inputs;
    }

    public RegionalSummary summarize(RegionYear regionYear) throws IndexException {
        return summarize(regionYear, index.regionYear(regionYear));
    }

    /** The summary of {@code versions}, every indexed version of the region-year's reports. */
    RegionalSummary summarize(RegionYear regionYear, List<IndexedReport> versions) throws IndexException {
        Selection selection = Selection.of(versions, regionYear.year());
        List<Warning> warnings = new ArrayList<>(selection.warnings());
        Tables sums = sums(selection, warnings);
        Region region = region(regionYear.code());
        return new RegionalSummary(RegionalSummary.SCHEMA_VERSION, region, regionYear.year(), selection.template(),
                clock.instant().toString(), sums, ConsistencyChecks.run(checkable(sums, selection)),
                selection.summed().stream().map(r -> new Included(r.id(), r.agency(), r.status())).toList(),
                selection.excluded(), missing(region, selection.current()), failedChecks(selection.summed()),
                List.copyOf(warnings), crossChecks(regionYear, selection.current()));
    }

    /**
     * The failed X1 and X2 checks of the region-year's current reports: X1 against the current reports of
     * the year before in the index (as corrected, like this year's), X2 for an aggregate report against the
     * other current reports.
     */
    private List<RegionalSummary.CrossCheck> crossChecks(RegionYear regionYear, List<IndexedReport> current)
            throws IndexException {
        List<AnnualReport> reports = new ArrayList<>(current.stream().map(IndexedReport::report).toList());
        RegionYear before = new RegionYear(regionYear.code(), regionYear.year() - 1);
        inputs.adjust(before, index.regionYear(before)).versions().stream()
                .filter(IndexedReport::current).map(IndexedReport::report).forEach(reports::add);
        Map<String, List<Check>> checks = CrossChecks.among(reports);
        List<RegionalSummary.CrossCheck> out = new ArrayList<>();
        for (IndexedReport report : current) {
            checks.getOrDefault(report.id(), List.of()).stream().filter(Check::failed)
                    .forEach(c -> out.add(new RegionalSummary.CrossCheck(report.id(), report.agency(), c)));
        }
        return out;
    }

    private static Tables sums(Selection selection, List<Warning> warnings) {
        TableSum proactive = new TableSum();
        TableSum requests = new TableSum();
        TableSum review = new TableSum();
        selection.proactive().forEach(r -> proactive.add(Selection.tables(r).proactive()));
        for (IndexedReport report : selection.summed()) {
            requests.add(Selection.tables(report).requests());
            review.add(Selection.tables(report).reviewLitigation());
        }
        boolean detailed = Selection.TEMPLATE_2021.equals(selection.template());
        nullWarnings(selection.proactive(), "二", "proactive", Tables::proactive, proactive, detailed, warnings);
        nullWarnings(selection.summed(), "三", "requests", Tables::requests, requests, detailed, warnings);
        nullWarnings(selection.summed(), "四", "reviewLitigation", Tables::reviewLitigation, review, detailed, warnings);
        long undetailed = selection.summed().stream().map(r -> Selection.tables(r).requests())
                .filter(t -> t != null && !hasDetail(t)).count();
        if (detailed && undetailed > 0) {
            warnings.add(new Warning("DETAIL_PARTIAL", undetailed + " report(s) in the 2019 template have no （六） "
                    + "sub-rows: otherHandlingDetail sums the 2021-template reports only, otherHandling sums all",
                    "tables.requests.results.otherHandlingDetail"));
        }
        Map<String, String> origins = new LinkedHashMap<>();
        proactive.tree().ifPresent(t -> origins.put("proactive", ORIGIN));
        requests.tree().ifPresent(t -> origins.put("requests", ORIGIN));
        review.tree().ifPresent(t -> origins.put("reviewLitigation", ORIGIN));
        RequestsTable summedRequests = requests.as(RequestsTable.class)
                .map(t -> detailed ? t : withoutDetail(t)).orElse(null);
        return new Tables(proactive.as(ProactiveTable.class).orElse(null), summedRequests,
                review.as(ReviewLitigation.class).orElse(null), origins);
    }

    private static void nullWarnings(List<IndexedReport> reports, String label, String path,
                                     Function<Tables, Object> table, TableSum sum, boolean detailed,
                                     List<Warning> into) {
        if (sum.tree().isEmpty()) {
            return;
        }
        for (IndexedReport report : reports) {
            Object own = table.apply(Selection.tables(report));
            if (own == null) {
                continue;
            }
            // （六） sub-rows a report's template lacks are unknown, not empty: they are not counted.
            String skipped = detailed && own instanceof RequestsTable t && hasDetail(t) ? null : DETAIL;
            int nulls = TableSum.nullsTakenAsZero(own, sum.tree().get(), skipped);
            if (nulls > 0) {
                into.add(new Warning("NULL_AS_ZERO", report.agency() + " (" + report.id() + "): " + nulls
                        + " empty cell(s) of table " + label + " counted as 0", "tables." + path));
            }
        }
    }

    /**
     * The sums as the checks see them. When 2019-template reports are in a 2021 summary, the （六） sub-rows
     * cover only part of the reports, so R2/R3 are checked on the （六） total, which covers them all.
     */
    private static Tables checkable(Tables sums, Selection selection) {
        boolean partialDetail = sums.requests() != null && hasDetail(sums.requests())
                && selection.summed().stream().map(r -> Selection.tables(r).requests())
                        .anyMatch(t -> t != null && !hasDetail(t));
        return partialDetail
                ? new Tables(sums.proactive(), withoutDetail(sums.requests()), sums.reviewLitigation(), sums.origins())
                : sums;
    }

    private static boolean hasDetail(RequestsTable t) {
        return t.results() != null && t.results().otherHandlingDetail() != null;
    }

    private static RequestsTable withoutDetail(RequestsTable t) {
        Results r = t.results();
        if (r == null) {
            return t;
        }
        return new RequestsTable(t.newReceived(), t.carriedOver(), new Results(r.granted(), r.partiallyGranted(),
                r.denied(), r.unableToProvide(), r.notProcessed(), r.otherHandling(), null, r.total()),
                t.carriedForward());
    }

    private List<String> missing(Region region, List<IndexedReport> current) {
        Optional<Roster> roster = rosters.forRegion(region.code());
        if (roster.isEmpty()) {
            return List.of();
        }
        AgencyNames names = new AgencyNames(region.path());
        return roster.get().agencies().stream()
                .filter(agency -> current.stream().noneMatch(r -> names.same(agency, r.agency())))
                .toList();
    }

    private static List<FailedCheck> failedChecks(List<IndexedReport> summed) {
        List<FailedCheck> failed = new ArrayList<>();
        for (IndexedReport report : summed) {
            for (CheckFailure check : report.failedChecks()) {
                failed.add(new FailedCheck(report.id(), report.agency(), check.label()));
            }
        }
        return failed;
    }

    /** The region from the division catalog; a code it lacks is named from its roster, if any. */
    private Region region(String code) {
        return catalog.byCode(code).orElseGet(() -> new Region(code,
                rosters.forRegion(code).map(Roster::name).orElse(null), List.of()));
    }
}
