package org.nianbao.convert.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nianbao.convert.Block;
import org.nianbao.convert.Cell;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.Table;
import org.nianbao.convert.TableBlock;
import org.nianbao.convert.text.RunSplitter.Column;
import org.nianbao.convert.text.TemplateRows.Proactive;
import org.nianbao.convert.text.TemplateRows.Request;
import org.nianbao.model.Warning;

/**
 * Turns the data rows of tables 二, 三 and 四 printed as text lines back into table rows: a label line
 * followed by one line per cell, or a label line ending in a run of digits that holds all the row's
 * cells. Each such row becomes a one-row table ({@code [label, cell…]}, not ruled) in place of its lines;
 * a cell the text does not settle is printed as {@link #UNSETTLED}, which the extractor reads as an unknown
 * value, and a warning names the row and what was printed. Header and group lines stay paragraphs.
 */
final class FlatTables {

    /** The cell text of a value the text does not settle (U+FFFD, the replacement character). */
    static final String UNSETTLED = "\uFFFD";
    /** Longer than any row label: prose. */
    private static final int MAX_LABEL = 80;
    private static final int REVIEW_COLUMNS = 15;

    private enum Region { BEFORE, PROACTIVE, REQUESTS, REVIEW, AFTER }

    record Result(List<Block> blocks, List<Warning> warnings) {
    }

    private final List<Block> blocks;
    private final List<Warning> warnings = new ArrayList<>();
    private final List<FlatRow> proactive = new ArrayList<>();
    private final Map<Request, FlatRow> requests = new EnumMap<>(Request.class);
    private FlatRow review;

    private FlatTables(List<Block> blocks) {
        this.blocks = blocks;
    }

    static Result rebuild(List<Block> blocks) {
        FlatTables t = new FlatTables(blocks);
        t.collect();
        if (t.proactive.isEmpty() && t.requests.isEmpty() && t.review == null) {
            return new Result(blocks, List.of());
        }
        t.settle();
        return new Result(t.emit(), t.warnings);
    }

    private String text(int i) {
        return blocks.get(i) instanceof Paragraph p ? p.text().strip() : null;
    }

    private void collect() {
        Boolean template2021 = template();
        Region region = Region.BEFORE;
        Request previous = null;
        for (int i = 0; i < blocks.size(); i++) {
            String line = text(i);
            if (line == null) {
                continue;
            }
            String n = TemplateRows.normalize(line);
            if (n.length() > MAX_LABEL) {
                continue;
            }
            if (region == Region.BEFORE && (n.startsWith("第二十条") || n.equals("信息内容"))) {
                region = Region.PROACTIVE;
            }
            if (region.compareTo(Region.REQUESTS) < 0 && startsRequests(n)) {
                region = Region.REQUESTS;
            }
            if (region == Region.REQUESTS && n.contains("行政复议")) {
                region = Region.REVIEW;
            }
            List<String> separated = FlatRow.labelAndCells(line);
            String[] split = separated == null ? FlatRow.labelAndRun(line) : null;
            String label = separated != null ? separated.get(0) : split == null ? line : split[0];
            switch (region) {
                case PROACTIVE -> {
                    Proactive row = template2021 == null ? null : Proactive.match(label);
                    if (row != null && !row.columns(template2021).isEmpty()) {
                        String location = "tables.proactive." + field(row);
                        i = take(i, separated, split, label, location, row.columns(template2021), r -> proactive.add(r));
                    }
                }
                case REQUESTS -> {
                    Request row = Request.match(label, previous);
                    if (row != null && !requests.containsKey(row)) {
                        int before = i;
                        i = take(i, separated, split, label, "tables.requests." + row.path, Collections.nCopies(7, Column.COUNT),
                                r -> requests.put(row, r));
                        if (i != before || requests.containsKey(row)) {
                            previous = row;
                        }
                    }
                }
                case REVIEW -> {
                    if (FlatRow.isValueLine(line) || separated != null
                            || (split != null && split[1].matches("\\d{" + REVIEW_COLUMNS + ",}"))) {
                        i = takeReview(i);
                        region = Region.AFTER;
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Reads one row starting at its label line; returns the index of its last line. */
    private int take(int i, List<String> separated, String[] split, String label, String location, List<Column> columns,
            java.util.function.Consumer<FlatRow> sink) {
        if (separated != null) {
            FlatRow row = new FlatRow(label, location, columns, separated.subList(1, separated.size()), null, null);
            row.blocks.add(i);
            sink.accept(row);
            return i;
        }
        if (split != null) {
            FlatRow row = new FlatRow(label, location, columns, null, split[1], split[2]);
            row.blocks.add(i);
            sink.accept(row);
            return i;
        }
        List<String> values = new ArrayList<>();
        int j = i + 1;
        while (j < blocks.size() && text(j) != null && FlatRow.isValueLine(text(j))) {
            values.addAll(FlatRow.cellsOf(text(j)));
            j++;
        }
        if (values.isEmpty()) {
            return i;
        }
        FlatRow row = new FlatRow(label, location, columns, values, null, null);
        for (int k = i; k < j; k++) {
            row.blocks.add(k);
        }
        sink.accept(row);
        return j - 1;
    }

    private int takeReview(int i) {
        List<Column> columns = Collections.nCopies(REVIEW_COLUMNS, Column.COUNT);
        List<String> values = new ArrayList<>();
        int j = i;
        while (j < blocks.size() && text(j) != null && FlatRow.isValueLine(text(j))) {
            values.addAll(FlatRow.cellsOf(text(j)));
            j++;
        }
        String run = values.size() == 1 ? TemplateRows.normalize(values.get(0)) : null;
        List<String> separated = values.isEmpty() ? FlatRow.labelAndCells(text(i)) : null;
        if (separated != null) {
            values.addAll(separated.subList(1, separated.size()));
            j = i + 1;
        } else if (values.isEmpty()) {
            String[] split = FlatRow.labelAndRun(text(i));
            run = split == null ? null : split[1];
            j = i + 1;
        }
        review = run != null && run.matches("\\d+")
                ? new FlatRow("", "tables.reviewLitigation", columns, null, run, null)
                : new FlatRow("", "tables.reviewLitigation", columns, values, null, null);
        for (int k = i; k < j; k++) {
            review.blocks.add(k);
        }
        return j - 1;
    }

    /** Table 三's heading, its 勾稽关系 note or its first row. */
    private static boolean startsRequests(String normalized) {
        return normalized.contains("收到和处理政府信息公开申请") || normalized.contains("勾稽关系")
                || Request.match(normalized, null) == Request.NEW_RECEIVED;
    }

    /** 2021 or 2019 by the column headers printed before table 三; null when they show neither. */
    private Boolean template() {
        int vote = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String line = text(i);
            if (line == null || line.length() > MAX_LABEL) {
                continue;
            }
            String n = TemplateRows.normalize(line);
            if (startsRequests(n)) {
                break;
            }
            vote += TemplateRows.templateVote(n);
        }
        return vote == 0 ? null : vote > 0;
    }

    private void settle() {
        for (FlatRow row : proactive) {
            row.read(RunSplitter.RowRule.NONE);
            report(row, " (no sum of table 二 ties a row's cells)");
        }
        requests.values().forEach(r -> r.read(RequestArithmetic.ROW_TOTAL));
        RequestArithmetic.Outcome outcome = RequestArithmetic.apply(requests);
        String note = switch (outcome) {
            case APPLIED -> " (the row totals and the table's column sums 一+二=（七）+四 and （七）= Σ results were applied)";
            case TOO_MANY -> " (too many combinations of readings to apply the table's column sums)";
            case CONTRADICTED -> " (no combination of readings satisfies the table's column sums, so they were not used)";
            case NOT_NEEDED -> "";
        };
        requests.values().forEach(r -> report(r, note));
        if (review != null) {
            review.read(ReviewArithmetic.BLOCK_TOTALS);
            report(review, "");
        }
    }

    private void report(FlatRow row, String note) {
        if (row.problem != null) {
            warnings.add(new Warning("CELLS_UNSETTLED", where(row) + ": " + row.problem + "; its cells are left empty", row.location));
            return;
        }
        if (row.readings.size() > 1 && row.contradicted) {
            warnings.add(new Warning("CELLS_UNSETTLED", where(row) + ": no cut of the run " + row.printedForm()
                    + " satisfies the row's 总计 (the printed numbers may not add up), and it can be cut " + row.readings.size()
                    + " ways; its cells are left empty", row.location));
        } else if (row.readings.size() > 1) {
            warnings.add(new Warning("CELLS_UNSETTLED", where(row) + ": the run " + row.printedForm() + " can be cut "
                    + row.readings.size() + " ways that the template's arithmetic allows" + note + "; its cells are left empty",
                    row.location));
        } else if (row.run != null && row.splits > 1) {
            warnings.add(new Warning("CELLS_SPLIT_BY_ARITHMETIC", where(row) + ": the run " + row.printedForm() + " can be cut "
                    + (row.splits == Integer.MAX_VALUE ? "many" : String.valueOf(row.splits))
                    + " ways; one satisfies the template's arithmetic" + note, row.location));
        }
    }

    private static String where(FlatRow row) {
        return row.label.isEmpty() ? row.location : row.location + " (" + row.label + ")";
    }

    private List<Block> emit() {
        Map<Integer, FlatRow> starts = new java.util.HashMap<>();
        List<FlatRow> all = new ArrayList<>(proactive);
        all.addAll(requests.values());
        if (review != null) {
            all.add(review);
        }
        java.util.Set<Integer> consumed = new java.util.HashSet<>();
        for (FlatRow r : all) {
            starts.put(r.blocks.get(0), r);
            consumed.addAll(r.blocks);
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            FlatRow row = starts.get(i);
            if (row != null) {
                out.add(new TableBlock(new Table(List.of(cells(row))), false, 0));
            } else if (!consumed.contains(i)) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    private static List<Cell> cells(FlatRow row) {
        List<Cell> cells = new ArrayList<>();
        if (!row.label.isEmpty()) {
            cells.add(Cell.of(row.label));
        }
        for (String text : row.cellTexts()) {
            cells.add(Cell.of(text == null ? UNSETTLED : text));
        }
        return cells;
    }

    private static String field(Proactive row) {
        return switch (row) {
            case REGULATIONS -> "regulations";
            case NORMATIVE_DOCUMENTS -> "normativeDocuments";
            case LICENSING -> "licensing";
            case OTHER_SERVICES -> "otherServices";
            case PUNISHMENT -> "punishment";
            case COERCION -> "coercion";
            case FEES -> "fees";
            case PROCUREMENT -> "procurement";
        };
    }
}
