package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.nianbao.model.Check;
import org.nianbao.model.Cols;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.RequestsTable.Results;
import org.nianbao.model.ReviewBlock;
import org.nianbao.model.ReviewLitigation;
import org.nianbao.model.Tables;

/**
 * The arithmetic rules of the template (勾稽关系) R1–R4 and R5 (non-negative integers). They only
 * report: a failing check never changes a number. {@code expected} is computed from the cells,
 * {@code actual} is the printed 总计; a check that needs a null cell is skipped. A failed check lists the
 * printed cells it added and compared ({@link Check#cells()}).
 */
public final class ConsistencyChecks {

    private static final String REQUESTS = "tables.requests.";

    private ConsistencyChecks() {
    }

    /** R1–R5 on a report's (or a summary's) tables. */
    public static List<Check> run(Tables tables) {
        List<Check> checks = new ArrayList<>();
        RequestsTable requests = tables.requests();
        if (requests == null) {
            checks.add(skipped("R1", "requests", "table 三 missing"));
            checks.add(skipped("R2", "requests", "table 三 missing"));
            checks.add(skipped("R3", "requests", "table 三 missing"));
        } else {
            r1(requests, checks);
            r2(requests, checks);
            r3(requests, checks);
        }
        ReviewLitigation review = tables.reviewLitigation();
        if (review == null) {
            checks.add(skipped("R4", "reviewLitigation", "table 四 missing"));
        } else {
            r4("review", review.review(), checks);
            r4("litigationDirect", review.litigationDirect(), checks);
            r4("litigationAfterReview", review.litigationAfterReview(), checks);
        }
        checks.addAll(NonNegativeCounts.check(tables));
        return checks;
    }

    private static void r1(RequestsTable t, List<Check> checks) {
        for (int c = 0; c < Cols.NAMES.size(); c++) {
            BigDecimal expected = sum(t.newReceived().get(c), t.carriedOver().get(c));
            BigDecimal actual = sum(t.results().total().get(c), t.carriedForward().get(c));
            String col = Cols.NAMES.get(c);
            checks.add(compare("R1", "requests." + col, expected, actual, "一+二 = 三（七）+ 四",
                    () -> List.of(REQUESTS + "newReceived." + col, REQUESTS + "carriedOver." + col,
                            REQUESTS + "results.total." + col, REQUESTS + "carriedForward." + col)));
        }
    }

    private static void r2(RequestsTable t, List<Check> checks) {
        for (var row : RequestRows.printed(t)) {
            Cols cols = row.cols();
            BigDecimal expected = sum(cols.applicants().toArray(BigDecimal[]::new));
            checks.add(compare("R2", "requests." + row.path(), expected, cols.total(), "总计 = Σ applicants",
                    () -> Cols.NAMES.stream().map(col -> REQUESTS + row.path() + "." + col).toList()));
        }
    }

    private static void r3(RequestsTable t, List<Check> checks) {
        Results r = t.results();
        List<Cols> rows = RequestRows.resultRows(t);
        List<String> paths = RequestRows.printed(t).stream().map(RequestRows.Row::path)
                .filter(p -> p.startsWith("results.") && !p.equals("results.total")).toList();
        for (int c = 0; c < Cols.NAMES.size(); c++) {
            final int col = c;
            String name = Cols.NAMES.get(c);
            BigDecimal expected = sum(rows.stream().map(x -> x.get(col)).toArray(BigDecimal[]::new));
            checks.add(compare("R3", "requests." + name, expected, r.total().get(c), "（七）总计 = Σ result rows",
                    () -> java.util.stream.Stream.concat(paths.stream(), java.util.stream.Stream.of("results.total"))
                            .map(p -> REQUESTS + p + "." + name).toList()));
        }
    }

    private static void r4(String name, ReviewBlock block, List<Check> checks) {
        if (block == null) {
            checks.add(skipped("R4", "reviewLitigation." + name, "block not printed"));
            return;
        }
        BigDecimal expected = sum(block.upheld(), block.corrected(), block.other(), block.pending());
        checks.add(compare("R4", "reviewLitigation." + name, expected, block.total(), "总计 = 维持 + 纠正 + 其他 + 尚未审结",
                () -> ReviewBlock.NAMES.stream().map(n -> "tables.reviewLitigation." + name + "." + n).toList()));
    }

    static Check compare(String id, String target, BigDecimal expected, BigDecimal actual, String message) {
        return compare(id, target, expected, actual, message, List::of);
    }

    /** As above; a failing check names the cells {@code cells} gives (built only on failure). */
    static Check compare(String id, String target, BigDecimal expected, BigDecimal actual, String message,
            Supplier<List<String>> cells) {
        if (expected == null || actual == null) {
            return new Check(id, target, Check.SKIPPED, expected, actual, message + " (a cell is empty)");
        }
        boolean ok = expected.compareTo(actual) == 0;
        return new Check(id, target, ok ? Check.PASS : Check.FAIL, expected, actual, message,
                ok ? List.of() : cells.get());
    }

    static Check skipped(String id, String target, String why) {
        return new Check(id, target, Check.SKIPPED, null, null, why);
    }

    /** The sum, or null if any term is null. */
    static BigDecimal sum(BigDecimal... values) {
        if (Arrays.stream(values).anyMatch(Objects::isNull)) {
            return null;
        }
        return Arrays.stream(values).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
