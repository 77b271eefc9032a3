package org.nianbao.convert.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.convert.text.TemplateRows.Request;

/**
 * The arithmetic table 三 fixes, used to choose among the readings of rows whose cells were run
 * together: each row's 总计 is the sum of its six applicant columns (R2); per column, 一 + 二 =
 * （七）总计 + 四 (R1, the 收办平衡 the table's header states) and （七）总计 is the sum of the result
 * rows (R3). A rule is only applied where all its cells are known; readings are only ever dropped,
 * never changed, and when no combination of readings satisfies the column rules, none is dropped.
 */
final class RequestArithmetic {

    static final int COLUMNS = 7;
    /** Combinations of readings tried at most; beyond it the column rules are not used. */
    static final long MAX_COMBINATIONS = 200_000;

    /** R2 on a prefix of a row's cells: checked once the 总计 cell is placed. */
    static final RunSplitter.RowRule ROW_TOTAL = prefix -> {
        if (prefix.size() < COLUMNS) {
            return true;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = 0; c < COLUMNS - 1; c++) {
            sum = sum.add(prefix.get(c));
        }
        return sum.compareTo(prefix.get(COLUMNS - 1)) == 0;
    };

    private RequestArithmetic() {
    }

    /** Outcome of applying the column rules. */
    enum Outcome { NOT_NEEDED, APPLIED, TOO_MANY, CONTRADICTED }

    /** Drops the readings no combination satisfying R1 and R3 uses. */
    static Outcome apply(Map<Request, FlatRow> rows) {
        List<FlatRow> open = rows.values().stream().filter(r -> r.readings.size() > 1).toList();
        if (open.isEmpty()) {
            return Outcome.NOT_NEEDED;
        }
        long combinations = 1;
        for (FlatRow r : open) {
            combinations *= r.readings.size();
            if (combinations > MAX_COMBINATIONS) {
                return Outcome.TOO_MANY;
            }
        }
        List<Request> others = rows.keySet().stream().anyMatch(Request.OTHER_DETAILS::contains)
                ? Request.OTHER_DETAILS : List.of(Request.OTHER_HANDLING);
        List<Request> results = new ArrayList<>(Request.RESULTS);
        results.addAll(others);
        boolean[][] used = new boolean[open.size()][];
        for (int i = 0; i < open.size(); i++) {
            used[i] = new boolean[open.get(i).readings.size()];
        }
        int[] choice = new int[open.size()];
        boolean any = false;
        Map<FlatRow, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < open.size(); i++) {
            index.put(open.get(i), i);
        }
        do {
            if (consistent(rows, results, index, choice)) {
                any = true;
                for (int i = 0; i < choice.length; i++) {
                    used[i][choice[i]] = true;
                }
            }
        } while (next(choice, open));
        if (!any) {
            return Outcome.CONTRADICTED;
        }
        for (int i = 0; i < open.size(); i++) {
            FlatRow r = open.get(i);
            List<List<BigDecimal>> kept = new ArrayList<>();
            for (int k = 0; k < r.readings.size(); k++) {
                if (used[i][k]) {
                    kept.add(r.readings.get(k));
                }
            }
            r.readings = List.copyOf(kept);
        }
        return Outcome.APPLIED;
    }

    private static boolean next(int[] choice, List<FlatRow> open) {
        for (int i = 0; i < choice.length; i++) {
            if (++choice[i] < open.get(i).readings.size()) {
                return true;
            }
            choice[i] = 0;
        }
        return false;
    }

    private static boolean consistent(Map<Request, FlatRow> rows, List<Request> results, Map<FlatRow, Integer> index, int[] choice) {
        for (int c = 0; c < COLUMNS; c++) {
            BigDecimal total = cell(rows, Request.RESULTS_TOTAL, c, index, choice);
            BigDecimal in = sum(rows, List.of(Request.NEW_RECEIVED, Request.CARRIED_OVER), c, index, choice);
            BigDecimal forward = cell(rows, Request.CARRIED_FORWARD, c, index, choice);
            if (in != null && total != null && forward != null && in.compareTo(total.add(forward)) != 0) {
                return false;
            }
            BigDecimal resultSum = sum(rows, results, c, index, choice);
            if (resultSum != null && total != null && resultSum.compareTo(total) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The sum of the rows' cells in column c; null when a row is missing or a cell unknown. */
    private static BigDecimal sum(Map<Request, FlatRow> rows, List<Request> which, int c, Map<FlatRow, Integer> index, int[] choice) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Request r : which) {
            BigDecimal v = cell(rows, r, c, index, choice);
            if (v == null) {
                return null;
            }
            sum = sum.add(v);
        }
        return sum;
    }

    private static BigDecimal cell(Map<Request, FlatRow> rows, Request which, int c, Map<FlatRow, Integer> index, int[] choice) {
        FlatRow row = rows.get(which);
        if (row == null || row.readings.isEmpty()) {
            return null;
        }
        Integer open = index.get(row);
        return row.readings.get(open == null ? 0 : choice[open]).get(c);
    }
}
