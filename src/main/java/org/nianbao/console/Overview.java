package org.nianbao.console;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.correction.Corrections;
import org.nianbao.correction.CurrentCrossChecks;
import org.nianbao.correction.EffectiveReport;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.model.Check;
import org.nianbao.model.RequestsTable;
import org.nianbao.summary.AgencyNames;
import org.nianbao.summary.RegionalSummaries;
import org.nianbao.summary.RegionalSummary;
import org.nianbao.summary.Roster;
import org.nianbao.summary.Rosters;

/**
 * What the overview of one region-year shows: every roster agency with its state (failing checks include
 * those across years and levels, computed now), reports of agencies not on the roster, the summary as it
 * stands, and the region's total of new requests per year.
 */
record Overview(RegionYear regionYear, RegionalSummary summary, Optional<Roster> roster, List<OverviewRow> rows,
                Map<Integer, BigDecimal> totalsByYear) {

    static Overview of(RegionYear regionYear, ArchiveIndex index, RegionalSummaries summaries, Corrections corrections)
            throws IndexException, IOException {
        RegionalSummary summary = summaries.compute(regionYear);
        Optional<Roster> roster = Rosters.load(summaries.rosters()).forRegion(regionYear.code());
        List<IndexedReport> versions = index.regionYear(regionYear);
        List<EffectiveReport> effective = corrections.regionYear(regionYear, versions);
        List<EffectiveReport> current = effective.stream().filter(e -> e.indexed().current()).toList();
        Map<String, List<Check>> cross = new CurrentCrossChecks(index, corrections).of(regionYear, current);
        AgencyNames names = new AgencyNames(summary.region().path() == null ? List.of() : summary.region().path());
        Map<String, String> excludedWhy = new LinkedHashMap<>();
        summary.excluded().forEach(x -> excludedWhy.merge(x.id(), x.reason(), (a, b) -> a + "；" + b));
        List<OverviewRow> rows = new ArrayList<>();
        List<EffectiveReport> placed = new ArrayList<>();
        for (String agency : roster.map(Roster::agencies).orElse(List.of())) {
            Optional<EffectiveReport> report = current.stream().filter(e -> names.same(agency, e.indexed().agency())).findFirst();
            report.ifPresent(placed::add);
            rows.add(row(agency, true, report, versions, names, excludedWhy, cross));
        }
        for (EffectiveReport e : current) {
            if (!placed.contains(e)) {
                rows.add(row(e.indexed().agency(), false, Optional.of(e), versions, names, excludedWhy, cross));
            }
        }
        Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
        for (RegionYear ry : index.regionYears()) {
            if (ry.code().equals(regionYear.code())) {
                RegionalSummary s = ry.equals(regionYear) ? summary : summaries.compute(ry);
                totals.put(ry.year(), newRequests(s.tables() == null ? null : s.tables().requests()));
            }
        }
        return new Overview(regionYear, summary, roster, rows, totals);
    }

    private static OverviewRow row(String agency, boolean onRoster, Optional<EffectiveReport> report,
                                   List<IndexedReport> versions, AgencyNames names, Map<String, String> excludedWhy,
                                   Map<String, List<Check>> cross) {
        if (report.isEmpty()) {
            return new OverviewRow(agency, onRoster, AgencyState.MISSING, null, 0, List.of());
        }
        EffectiveReport e = report.get();
        int count = (int) versions.stream().filter(v -> names.same(v.agency(), e.indexed().agency())).count();
        List<String> problems = new ArrayList<>();
        AgencyState state = AgencyState.RECEIVED;
        String why = excludedWhy.get(e.indexed().id());
        if (why != null) {
            problems.add(exclusionWords(why));
            if (e.excluded() || !why.contains("table 二")) {
                state = AgencyState.EXCLUDED;
            }
        }
        List<Check> failing = new ArrayList<>(e.failingChecks());
        cross.getOrDefault(e.report().id(), List.of()).stream().filter(Check::failed).forEach(failing::add);
        if (!failing.isEmpty()) {
            String template = e.report().report() == null ? null : e.report().report().template();
            failing.forEach(c -> problems.add(CheckWords.line(c, template)));
            if (state == AgencyState.RECEIVED) {
                state = AgencyState.FAILING;
            }
        }
        return new OverviewRow(agency, onRoster, state, e, count, problems);
    }

    /** The summary's reasons for leaving a report out, in Chinese; the office's own reason as it wrote it. */
    static String exclusionWords(String reason) {
        String office = "excluded by the office: ";
        if (reason.startsWith(office)) {
            return "办公室决定不计入汇总：" + reason.substring(office.length());
        }
        if (reason.startsWith("tables missing")) {
            return "未能读出表格，不计入汇总" + (reason.contains("OCR") ? "（扫描件，需要文字识别）" : "");
        }
        if (reason.startsWith("aggregate report")) {
            return "汇总性报告：已分别汇总各单位的报告，不重复计入";
        }
        if (reason.startsWith("other template")) {
            return "模板与本地区本年度不同：仅表二不计入汇总";
        }
        if (reason.startsWith("superseded")) {
            return "已被新版本取代";
        }
        return reason;
    }

    static BigDecimal newRequests(RequestsTable requests) {
        return requests == null || requests.newReceived() == null ? null : requests.newReceived().total();
    }

    long count(AgencyState state) {
        return rows.stream().filter(r -> r.state() == state).count();
    }
}
