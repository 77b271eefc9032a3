package org.nianbao.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.index.IndexedReport;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Tables;
import org.nianbao.model.Warning;
import org.nianbao.summary.RegionalSummary.Excluded;

/**
 * Which of a region-year's indexed reports go into which sums: every current report with tables goes into
 * tables 三 and 四, only those of the region-year's template into table 二. Older versions, an aggregate
 * report whose units are there, and reports without tables are left out, each with its reason.
 */
record Selection(
        String template,
        List<IndexedReport> current,
        List<IndexedReport> summed,
        List<IndexedReport> proactive,
        List<Excluded> excluded,
        List<Warning> warnings) {

    static final String AGGREGATE_SCOPE = "aggregate";
    static final String TEMPLATE_2019 = "2019";
    static final String TEMPLATE_2021 = "2021";
    static final Comparator<IndexedReport> BY_AGENCY = Comparator
            .comparing(IndexedReport::agency, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(IndexedReport::id);

    static Selection of(List<IndexedReport> versions, int year) {
        List<Excluded> excluded = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        List<IndexedReport> sorted = versions.stream().sorted(BY_AGENCY).toList();
        sorted.stream().filter(IndexedReport::superseded)
                .forEach(r -> excluded.add(Exclusion.SUPERSEDED.of(r, r.supersededBy())));
        List<IndexedReport> current = sorted.stream().filter(IndexedReport::current).toList();
        boolean unitsThere = current.stream().anyMatch(r -> !aggregate(r));
        List<IndexedReport> summed = new ArrayList<>();
        for (IndexedReport report : current) {
            if (aggregate(report) && unitsThere) {
                excluded.add(Exclusion.AGGREGATE.of(report));
            } else if (!hasTables(report)) {
                excluded.add(Exclusion.TABLES_MISSING.of(report, scanned(report) ? " (its pages are images: OCR needed)" : ""));
            } else {
                summed.add(report);
            }
        }
        if (!unitsThere) {
            summed.forEach(r -> warnings.add(new Warning("AGGREGATE_ONLY", "only the aggregate report of "
                    + r.agency() + " (" + r.id() + ") arrived for " + year + ": its tables are used as the sums", null)));
        }
        String template = template(summed, year);
        List<IndexedReport> proactive = new ArrayList<>();
        for (IndexedReport report : summed) {
            if (tables(report).proactive() == null) {
                continue;
            }
            if (template.equals(report.template())) {
                proactive.add(report);
            } else {
                excluded.add(Exclusion.OTHER_TEMPLATE.of(report, report.template(), template));
            }
        }
        summed.forEach(r -> warnings.addAll(missingTables(r)));
        return new Selection(template, current, List.copyOf(summed), List.copyOf(proactive),
                List.copyOf(excluded), List.copyOf(warnings));
    }

    /**
     * The template of most summed reports, "2019" or "2021" (the two the official tables exist in); on a tie,
     * or when no report names either, the one the year's reports are due in.
     */
    static String template(List<IndexedReport> summed, int year) {
        String due = year >= 2021 ? TEMPLATE_2021 : TEMPLATE_2019;
        long of2019 = summed.stream().filter(r -> TEMPLATE_2019.equals(r.template())).count();
        long of2021 = summed.stream().filter(r -> TEMPLATE_2021.equals(r.template())).count();
        if (of2019 == of2021) {
            return due;
        }
        return of2019 > of2021 ? TEMPLATE_2019 : TEMPLATE_2021;
    }

    static Tables tables(IndexedReport report) {
        Tables tables = report.report().tables();
        return tables == null ? new Tables(null, null, null, Map.of()) : tables;
    }

    private static boolean aggregate(IndexedReport report) {
        return AGGREGATE_SCOPE.equals(report.scope());
    }

    private static boolean hasTables(IndexedReport report) {
        Tables t = tables(report);
        return t.proactive() != null || t.requests() != null || t.reviewLitigation() != null;
    }

    private static boolean scanned(IndexedReport report) {
        AnnualReport r = report.report();
        return r.warnings() != null && r.warnings().stream().anyMatch(w -> "OCR_REQUIRED".equals(w.code()));
    }

    private static List<Warning> missingTables(IndexedReport report) {
        Tables t = tables(report);
        List<Warning> warnings = new ArrayList<>();
        Map<String, Function<Tables, Object>> named = Map.of(
                "二", Tables::proactive, "三", Tables::requests, "四", Tables::reviewLitigation);
        for (String table : List.of("二", "三", "四")) {
            if (named.get(table).apply(t) == null) {
                warnings.add(new Warning("TABLE_MISSING", report.agency() + " (" + report.id() + ") has no table "
                        + table + ": nothing of it is in the sum of table " + table, null));
            }
        }
        return warnings;
    }
}
