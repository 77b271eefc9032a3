package org.nianbao.convert.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a string of digits that holds a whole table row printed without separators
 * ({@code 640020470}) into the row's cells: every cut into exactly as many numbers as the row has
 * columns, each number a valid printing of its column (no leading zero except "0" itself, at most
 * {@value #MAX_INTEGER_DIGITS} digits, a sign only where the column may be negative, a decimal part
 * only where it holds an amount), that the row's own arithmetic accepts. It never chooses between
 * the cuts it returns.
 */
public final class RunSplitter {

    static final int MAX_INTEGER_DIGITS = 9;
    /** More cuts than this are not listed: the row is then too ambiguous to settle. */
    static final int MAX_CANDIDATES = 20_000;
    /** Most partial cuts tried for one run, so a hostile run of digits cannot keep the reader busy. */
    static final int MAX_STEPS = 200_000;

    private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d{0,8}");
    private static final Pattern SIGNED = Pattern.compile("[+-]?(0|[1-9]\\d{0,8})");
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9]\\d{0,11})(\\.\\d{1,6})?");

    /** What a column may hold. */
    public enum Column {
        COUNT, SIGNED, AMOUNT;

        /** The longest printing of a value of this column. */
        int maxChars() {
            return switch (this) {
                case COUNT -> MAX_INTEGER_DIGITS;
                case SIGNED -> MAX_INTEGER_DIGITS + 1;
                case AMOUNT -> 12 + 1 + 6;
            };
        }

        boolean accepts(String part) {
            return switch (this) {
                case COUNT -> RunSplitter.COUNT.matcher(part).matches();
                case SIGNED -> RunSplitter.SIGNED.matcher(part).matches();
                case AMOUNT -> RunSplitter.AMOUNT.matcher(part).matches();
            };
        }
    }

    /**
     * The row's arithmetic on a prefix of its cells: false when the cells placed so far already break
     * a rule (called after every cell, so a rule is tested as soon as its cells are known).
     */
    @FunctionalInterface
    public interface RowRule {
        boolean accepts(List<BigDecimal> prefix);

        RowRule NONE = prefix -> true;
    }

    /** The cuts found; {@code overflow} when there were more than {@link #MAX_CANDIDATES}. */
    public record Splits(List<List<BigDecimal>> candidates, boolean overflow) {
    }

    private RunSplitter() {
    }

    public static Splits split(String run, List<Column> columns, RowRule rule) {
        int[] room = new int[columns.size() + 1];
        for (int c = columns.size() - 1; c >= 0; c--) {
            room[c] = room[c + 1] + columns.get(c).maxChars();
        }
        Search search = new Search(run, columns, rule, room);
        boolean complete = search.from(0, new ArrayList<>());
        return new Splits(List.copyOf(search.out), !complete);
    }

    /** One depth-first walk over the cuts of a run. */
    private static final class Search {
        final String run;
        final List<Column> columns;
        final RowRule rule;
        /** room[c]: the most characters cells c… can hold together. */
        final int[] room;
        final List<List<BigDecimal>> out = new ArrayList<>();
        int steps;

        Search(String run, List<Column> columns, RowRule rule, int[] room) {
            this.run = run;
            this.columns = columns;
            this.rule = rule;
            this.room = room;
        }

        /** False once a limit is passed. */
        boolean from(int from, List<BigDecimal> prefix) {
            int cell = prefix.size();
            if (cell == columns.size()) {
                if (from == run.length()) {
                    out.add(List.copyOf(prefix));
                    return out.size() <= MAX_CANDIDATES;
                }
                return true;
            }
            int remainingCells = columns.size() - cell - 1;
            int longest = Math.min(columns.get(cell).maxChars(), run.length() - from - remainingCells);
            for (int to = from + 1; to <= from + longest; to++) {
                if (run.length() - to > room[cell + 1]) {
                    continue;
                }
                if (++steps > MAX_STEPS) {
                    return false;
                }
                String part = run.substring(from, to);
                if (!columns.get(cell).accepts(part)) {
                    continue;
                }
                prefix.add(new BigDecimal(part.startsWith("+") ? part.substring(1) : part));
                boolean go = !rule.accepts(prefix) || from(to, prefix);
                prefix.remove(prefix.size() - 1);
                if (!go) {
                    return false;
                }
            }
            return true;
        }
    }
}
