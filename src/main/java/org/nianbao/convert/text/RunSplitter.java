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

    private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d{0,8}");
    private static final Pattern SIGNED = Pattern.compile("[+-]?(0|[1-9]\\d{0,8})");
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9]\\d{0,11})(\\.\\d{1,6})?");

    /** What a column may hold. */
    public enum Column {
        COUNT, SIGNED, AMOUNT;

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
        List<List<BigDecimal>> out = new ArrayList<>();
        boolean overflow = !search(run, 0, columns, rule, new ArrayList<>(), out);
        return new Splits(List.copyOf(out), overflow);
    }

    /** Depth-first over the cuts; false once the candidate limit is passed. */
    private static boolean search(String run, int from, List<Column> columns, RowRule rule, List<BigDecimal> prefix,
            List<List<BigDecimal>> out) {
        int cell = prefix.size();
        if (cell == columns.size()) {
            if (from == run.length()) {
                out.add(List.copyOf(prefix));
                return out.size() <= MAX_CANDIDATES;
            }
            return true;
        }
        int remainingCells = columns.size() - cell - 1;
        for (int to = from + 1; to <= run.length() - remainingCells; to++) {
            String part = run.substring(from, to);
            if (to - from > MAX_INTEGER_DIGITS + 8) {
                break;
            }
            if (!columns.get(cell).accepts(part)) {
                continue;
            }
            prefix.add(new BigDecimal(part.startsWith("+") ? part.substring(1) : part));
            boolean go = !rule.accepts(prefix) || search(run, to, columns, rule, prefix, out);
            prefix.remove(prefix.size() - 1);
            if (!go) {
                return false;
            }
        }
        return true;
    }
}
