package org.nianbao.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.model.Cols;
import org.nianbao.model.Json;
import org.nianbao.model.Proactive2021;
import org.nianbao.model.ReportMeta;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.Tables;

/**
 * Checks that need more than one report. They report differences and never change a figure.
 * <ul>
 * <li>{@code X1} (跨年度结转): this year's 二、上年结转 (table 三) equals last year's 四、结转下年度继续办理 of the
 * same agency and region, column by column; target {@code requests.carriedOver.<column>}, expected last
 * year's figure, actual this year's.</li>
 * <li>{@code X2} (层级汇总): a region's own aggregate report ({@code scope: aggregate}) against the cell-wise sum
 * of its units' reports of the same region and year (tables 三 and 四; table 二 when every unit uses the
 * aggregate's template). A blank cell counts as 0 on either side. One failed check per differing cell
 * (target the cell's path, expected the units' sum, actual the aggregate's figure), or one passing check
 * on {@code tables}.</li>
 * </ul>
 */
public final class CrossChecks {

    public static final String CARRY_OVER = "X1";
    public static final String HIERARCHY = "X2";
    static final String AGGREGATE = "aggregate";
    private static final String DETAIL = "otherHandlingDetail";
    private static final ObjectMapper TREES = Json.mapper().copy()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private CrossChecks() {
    }

    /** X1 for each column of table 三; empty when either report lacks table 三. */
    public static List<Check> carryOver(AnnualReport thisYear, AnnualReport lastYear) {
        RequestsTable now = thisYear.tables() == null ? null : thisYear.tables().requests();
        RequestsTable before = lastYear.tables() == null ? null : lastYear.tables().requests();
        if (now == null || before == null || now.carriedOver() == null || before.carriedForward() == null) {
            return List.of();
        }
        List<Check> out = new ArrayList<>();
        String message = "上年结转 = 上年度报告（" + lastYear.id() + "）的结转下年度继续办理";
        for (int c = 0; c < Cols.NAMES.size(); c++) {
            BigDecimal expected = before.carriedForward().get(c);
            BigDecimal actual = now.carriedOver().get(c);
            String target = "requests.carriedOver." + Cols.NAMES.get(c);
            if (expected == null || actual == null) {
                out.add(new Check(CARRY_OVER, target, Check.SKIPPED, expected, actual, message + " (a cell is empty)"));
            } else {
                boolean same = expected.compareTo(actual) == 0;
                out.add(new Check(CARRY_OVER, target, same ? Check.PASS : Check.FAIL, expected, actual, message));
            }
        }
        return out;
    }

    /** X2: the aggregate's cells against the sum of the units' cells; see the class comment. */
    public static List<Check> hierarchy(AnnualReport aggregate, List<AnnualReport> units) {
        Tables own = aggregate.tables();
        if (own == null || units.isEmpty()) {
            return List.of();
        }
        List<Check> out = new ArrayList<>();
        boolean sameProactive = own.proactive() != null && units.stream().allMatch(u -> u.tables() != null
                && u.tables().proactive() != null
                && (u.tables().proactive() instanceof Proactive2021) == (own.proactive() instanceof Proactive2021));
        boolean detail = own.requests() != null && own.requests().results() != null
                && own.requests().results().otherHandlingDetail() != null
                && units.stream().allMatch(u -> u.tables() != null && u.tables().requests() != null
                        && u.tables().requests().results() != null
                        && u.tables().requests().results().otherHandlingDetail() != null);
        if (sameProactive) {
            compare("proactive", own.proactive(), units, t -> t.proactive(), null, out);
        }
        compare("requests", own.requests(), units, Tables::requests, detail ? null : DETAIL, out);
        compare("reviewLitigation", own.reviewLitigation(), units, Tables::reviewLitigation, null, out);
        if (out.isEmpty()) {
            out.add(new Check(HIERARCHY, "tables", Check.PASS, null, null,
                    "本级汇总报告与所属 " + units.size() + " 份报告之和一致"));
        }
        return out;
    }

    private static void compare(String name, Object own, List<AnnualReport> units,
                                java.util.function.Function<Tables, Object> table, String skipped, List<Check> out) {
        if (own == null) {
            return;
        }
        TableSum sum = new TableSum();
        int summed = 0;
        for (AnnualReport unit : units) {
            Object t = unit.tables() == null ? null : table.apply(unit.tables());
            if (t != null) {
                sum.add(t);
                summed++;
            }
        }
        if (summed == 0) {
            return;
        }
        Map<String, BigDecimal> mine = leaves(name, TREES.valueToTree(own), skipped);
        Map<String, BigDecimal> theirs = leaves(name, sum.tree().orElseThrow(), skipped);
        for (Map.Entry<String, BigDecimal> cell : mine.entrySet()) {
            if (!theirs.containsKey(cell.getKey())) {
                continue;
            }
            BigDecimal actual = cell.getValue();
            BigDecimal expected = theirs.get(cell.getKey());
            boolean same = orZero(actual).compareTo(orZero(expected)) == 0;
            if (!same) {
                out.add(new Check(HIERARCHY, cell.getKey(), Check.FAIL, expected, actual,
                        "本级汇总报告 ≠ 所属 " + summed + " 份报告之和"));
            }
        }
    }

    /** A blank cell ({@code /}, {@code -}) counts as 0 here, as in the sums: 规章 printed {@code /} equals 0. */
    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static Map<String, BigDecimal> leaves(String path, JsonNode node, String skipped) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        walk(path, node, skipped, out);
        return out;
    }

    private static void walk(String path, JsonNode node, String skipped, Map<String, BigDecimal> out) {
        if (node.isObject()) {
            node.properties().forEach(f -> {
                if (!f.getKey().equals(skipped)) {
                    walk(path + "." + f.getKey(), f.getValue(), skipped, out);
                }
            });
        } else if (node.isNumber()) {
            out.put(path, node.decimalValue());
        } else if (node.isNull()) {
            out.put(path, null);
        }
    }

    /**
     * Every X1 and X2 check that {@code reports} allow, by report id: X1 for each report whose agency has a
     * report of the year before in the same region among them, X2 for each aggregate report whose region
     * and year have unit reports among them. Give current versions only (one report per agency and year);
     * where several are given, the first of the year before is compared.
     */
    public static Map<String, List<Check>> among(List<AnnualReport> reports) {
        return among(reports, reports);
    }

    /**
     * The X1 and X2 checks of each of {@code checked}, compared with the reports of {@code pool} (current
     * versions; a checked report may be in it too and is never its own unit): X1 against the pool's report
     * of the same agency and region of the year before, X2 for an aggregate report against the pool's
     * other reports of its region and year. Reports with no check are left out.
     */
    public static Map<String, List<Check>> among(List<AnnualReport> checked, List<AnnualReport> pool) {
        Map<String, List<AnnualReport>> byRegionYear = new HashMap<>();
        for (AnnualReport report : pool) {
            if (placed(report)) {
                byRegionYear.computeIfAbsent(regionYear(report.report(), 0), k -> new ArrayList<>()).add(report);
            }
        }
        Map<String, List<Check>> out = new LinkedHashMap<>();
        for (AnnualReport report : checked) {
            if (!placed(report)) {
                continue;
            }
            ReportMeta meta = report.report();
            List<Check> checks = new ArrayList<>();
            AgencyNames names = new AgencyNames(meta.region().path() == null ? List.of() : meta.region().path());
            String agency = names.key(meta.agency());
            byRegionYear.getOrDefault(regionYear(meta, -1), List.of()).stream()
                    .filter(r -> names.key(r.report().agency()).equals(agency))
                    .findFirst().ifPresent(last -> checks.addAll(carryOver(report, last)));
            if (AGGREGATE.equals(meta.scope())) {
                List<AnnualReport> units = byRegionYear.getOrDefault(regionYear(meta, 0), List.of()).stream()
                        .filter(r -> r != report && !Objects.equals(r.id(), report.id())
                                && !AGGREGATE.equals(r.report().scope())).toList();
                checks.addAll(hierarchy(report, units));
            }
            if (!checks.isEmpty()) {
                out.put(report.id(), checks);
            }
        }
        return out;
    }

    private static boolean placed(AnnualReport r) {
        return r.report() != null && r.report().year() != null && r.report().region() != null
                && r.report().region().code() != null;
    }

    private static String regionYear(ReportMeta meta, int yearOffset) {
        return meta.region().code() + "/" + (meta.year() + yearOffset);
    }

}
