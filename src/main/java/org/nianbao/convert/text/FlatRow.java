package org.nianbao.convert.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.convert.text.RunSplitter.Column;

/**
 * One data row of a flattened table as printed: its label and either one line per cell (the cells
 * are known, but a blank cell may have been dropped) or a run of digits holding all its cells with no
 * separators. {@link #read} lists the readings the row's own arithmetic allows; the table's arithmetic may
 * drop more of them; the row's cells are printed only when one reading is left.
 */
final class FlatRow {

    /** One printed cell per line: a number, possibly signed, with separators or a unit, or a "not applicable" mark. */
    static final Pattern VALUE_LINE = Pattern.compile("[+\\-−－]?\\d[\\d,，]*(\\.\\d+)?(万元|元|件|个|项|条|次)?|[/／\\-—－–]+|无|不适用");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern TRAILING_RUN = Pattern.compile("(.*?[^\\d.+\\-])([+\\-]?\\d[\\d.+\\-]*)(万元|元)?");

    final String label;
    final String location;
    final List<Column> columns;
    /** The printed cells, one per line; null for a run. */
    final List<String> printed;
    /** The run of digits; null for one cell per line. */
    final String run;
    final String unit;
    /** Block indexes the row was read from (label line and value lines). */
    final List<Integer> blocks = new ArrayList<>();

    /** Readings of the row: each a list of cell values (null where the printed cell is no number). */
    List<List<BigDecimal>> readings = List.of();
    /** How many readings the run allowed before the table's arithmetic was applied. */
    int splits;
    /** True when no cut satisfies the row's own arithmetic: the printed numbers themselves may not add up. */
    boolean contradicted;
    String problem;

    FlatRow(String label, String location, List<Column> columns, List<String> printed, String run, String unit) {
        this.label = label;
        this.location = location;
        this.columns = columns;
        this.printed = printed;
        this.run = run;
        this.unit = unit;
    }

    /** The label and the run of a line such as {@code 规章000}; null when the line does not end in digits. */
    static String[] labelAndRun(String line) {
        Matcher m = TRAILING_RUN.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        return new String[] {m.group(1).strip(), m.group(2), m.group(3)};
    }

    /**
     * The cells a line holds when it holds only cells: one value, or several separated by spaces or tabs
     * ({@code 64 0 0 2 0 4 70}); empty when anything else is on the line.
     */
    static List<String> cellsOf(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String part : SEPARATOR.split(t)) {
            if (!VALUE_LINE.matcher(TemplateRows.normalize(part)).matches()) {
                return List.of();
            }
            cells.add(part);
        }
        return cells;
    }

    static boolean isValueLine(String line) {
        return !cellsOf(line).isEmpty();
    }

    /**
     * A label followed on the same line by at least two cells separated by spaces or tabs
     * ({@code 一、本年新收…  64  0  0  2  0  4  70}): the label, then the cells; null otherwise.
     */
    static List<String> labelAndCells(String line) {
        String[] parts = SEPARATOR.split(line.strip());
        int first = parts.length;
        while (first > 0 && VALUE_LINE.matcher(TemplateRows.normalize(parts[first - 1])).matches()) {
            first--;
        }
        if (parts.length - first < 2 || first == 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        out.add(String.join(" ", java.util.Arrays.asList(parts).subList(0, first)));
        out.addAll(java.util.Arrays.asList(parts).subList(first, parts.length));
        return out;
    }

    /** Lists the row's possible readings, using only its own arithmetic ({@code rule}). */
    void read(RunSplitter.RowRule rule) {
        if (printed != null) {
            if (printed.size() == columns.size()) {
                List<BigDecimal> cells = new ArrayList<>();
                printed.forEach(p -> cells.add(number(p)));
                readings = List.of(cells);
                splits = 1;
            } else {
                problem = printed.size() + " values printed for " + columns.size() + " columns (blank cells not printed?), so "
                        + "which column each belongs to is unknown";
            }
            return;
        }
        RunSplitter.Splits kept = RunSplitter.split(run, columns, rule);
        if (kept.overflow()) {
            problem = "the run \"" + run + "\" has too many possible cuts to settle";
            return;
        }
        RunSplitter.Splits all = RunSplitter.split(run, columns, RunSplitter.RowRule.NONE);
        splits = all.overflow() ? Integer.MAX_VALUE : all.candidates().size();
        if (!kept.candidates().isEmpty()) {
            readings = kept.candidates();
        } else if (all.overflow()) {
            problem = "no cut of the run \"" + run + "\" satisfies the template's arithmetic, and it has too many possible cuts to settle";
        } else if (all.candidates().isEmpty()) {
            problem = "the run \"" + run + "\" cannot be cut into " + columns.size() + " cells";
        } else {
            readings = all.candidates();
            contradicted = true;
        }
    }

    /**
     * The cell texts to print: as printed, or as the one surviving cut gives them. When several cuts
     * survive every cell is null, also one they happen to agree on: a cell the row did not print (a
     * blank the capture dropped) would shift the others unseen, so no cell of such a row is trusted.
     */
    List<String> cellTexts() {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (readings.size() != 1) {
                out.add(null);
            } else if (printed != null) {
                out.add(printed.get(c));
            } else {
                BigDecimal v = readings.get(0).get(c);
                boolean last = c == columns.size() - 1;
                out.add(v.toPlainString() + (last && unit != null ? unit : ""));
            }
        }
        return out;
    }

    /** The printed run or values, for a warning. */
    String printedForm() {
        return run != null ? "\"" + run + "\"" : String.join(" ", printed);
    }

    private static BigDecimal number(String printedCell) {
        String n = TemplateRows.normalize(printedCell).replace(",", "").replace("，", "").replace('−', '-').replace('－', '-')
                .replaceAll("(万元|元|件|个|项|条|次)$", "");
        if (n.equals("无")) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(n.startsWith("+") ? n.substring(1) : n);
        } catch (NumberFormatException e) {
            // "/", "—", "不适用": a cell that does not apply takes no part in the arithmetic.
            return null;
        }
    }
}
