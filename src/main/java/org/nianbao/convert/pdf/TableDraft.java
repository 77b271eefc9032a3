package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.convert.Block;
import org.nianbao.convert.Cell;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.Table;
import org.nianbao.convert.TableBlock;

/**
 * A table put together from its page parts. A part on the next page continues the table when it starts
 * that page, has the same frame and the same columns. Where the page break cut through a row, the
 * row's remaining text at the top of the next page is joined back into it; where it cut a merged label
 * cell (（四）无 | 法提供), the two halves become one cell again. Header rows repeated at the top of
 * every page are dropped.
 */
final class TableDraft {

    /** Edges within this many points are the same column edge. */
    private static final float SAME_EDGE = 3f;
    /** Share of column edges two parts must have in common to be one table. */
    private static final double SHARED_EDGES = 0.75;
    private static final Pattern VALUE = Pattern.compile("[-+]?[\\d０-９,，.．]+%?|[/／\\-－—–]+|无|不适用");
    private static final Pattern LABEL_START = Pattern.compile(
            "^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.．、])");

    private final int page;
    private final boolean ruled;
    private final List<CellBox> cells;
    private TableFragment last;
    private int rowCount;

    TableDraft(TableFragment first) {
        this.page = first.page();
        this.ruled = first.ruled();
        this.cells = new ArrayList<>(first.cells());
        this.last = first;
        this.rowCount = first.rowCount();
    }

    /** True when {@code next} is this table's continuation on the following page. */
    boolean continuesWith(TableFragment next) {
        return next.page() == last.page() + 1 && next.ruled() == ruled
                && Math.abs(next.left() - last.left()) <= SAME_EDGE && Math.abs(next.right() - last.right()) <= SAME_EDGE
                && sharesColumns(last.columnEdges(SAME_EDGE), next.columnEdges(SAME_EDGE));
    }

    void append(TableFragment part) {
        TableFragment next = part.withoutTopRows(repeatedHeaderRows(part));
        Map<CellBox, CellBox> above = cellsAbove(next);
        boolean splitRow = isSplitRow(next, above);
        int offset = splitRow ? rowCount - 1 : rowCount;
        for (CellBox cell : next.cells()) {
            CellBox upper = cell.row() == 0 ? above.get(cell) : null;
            if (upper != null && (splitRow || isContinuation(upper, cell))) {
                cells.set(cells.indexOf(upper), upper.continuedBy(cell, splitRow ? cell.rowSpan() - 1 : cell.rowSpan()));
            } else {
                cells.add(cell.shiftedDown(offset));
            }
        }
        rowCount = offset + next.rowCount();
        last = next;
    }

    /**
     * The finished table; a lone framed box (one cell, never continued) is a paragraph in a frame, not a
     * table, and comes out as that paragraph.
     */
    Block toBlock() {
        if (cells.size() == 1 && rowCount == 1 && last.page() == page) {
            return new Paragraph(cells.get(0).text(), 0, false, Paragraph.Alignment.LEFT, page);
        }
        float[] edges = new float[cells.size() * 2];
        for (int i = 0; i < cells.size(); i++) {
            edges[2 * i] = cells.get(i).left();
            edges[2 * i + 1] = cells.get(i).right();
        }
        float[] columns = Edges.cluster(edges, SAME_EDGE);
        Cell[][] grid = new Cell[rowCount][Math.max(columns.length - 1, 1)];
        List<CellBox> ordered = new ArrayList<>(cells);
        ordered.sort(Comparator.comparingInt(CellBox::row).thenComparingDouble(CellBox::left));
        for (CellBox cell : ordered) {
            place(cell, columns, grid);
        }
        List<List<Cell>> rows = new ArrayList<>(rowCount);
        for (Cell[] row : grid) {
            List<Cell> filled = new ArrayList<>(row.length);
            boolean blank = true;
            for (Cell cell : row) {
                filled.add(cell == null ? Cell.of("") : cell);
                blank &= cell == null || cell.text().isBlank();
            }
            if (!blank) {
                rows.add(filled);
            }
        }
        return new TableBlock(new Table(rows), ruled, page);
    }

    private static void place(CellBox cell, float[] columns, Cell[][] grid) {
        int first = Edges.nearest(columns, cell.left());
        int end = Math.max(Edges.nearest(columns, cell.right()), first + 1);
        for (int r = cell.row(); r < Math.min(cell.row() + cell.rowSpan(), grid.length); r++) {
            for (int c = first; c < Math.min(end, grid[r].length); c++) {
                if (grid[r][c] == null) {
                    grid[r][c] = new Cell(cell.text(), r != cell.row() || c != first);
                }
            }
        }
    }

    /** How many rows at the top of {@code next} repeat this table's first rows (a header repeated per page). */
    private int repeatedHeaderRows(TableFragment next) {
        for (int rows = Math.min(rowCount, next.rowCount()) - 1; rows > 0; rows--) {
            List<CellBox> ours = topRows(cells, rows);
            List<CellBox> theirs = topRows(next.cells(), rows);
            if (!ours.isEmpty() && ours.size() == theirs.size() && ours.stream().anyMatch(c -> !c.isEmpty())
                    && ours.stream().allMatch(c -> theirs.stream().anyMatch(t -> isRepeat(c, t)))) {
                return rows;
            }
        }
        return 0;
    }

    /** The cells of the first {@code rows} rows, or none when a cell reaches below them. */
    private static List<CellBox> topRows(List<CellBox> cells, int rows) {
        List<CellBox> top = new ArrayList<>();
        for (CellBox cell : cells) {
            if (cell.row() < rows) {
                if (cell.row() + cell.rowSpan() > rows) {
                    return List.of();
                }
                top.add(cell);
            }
        }
        return top;
    }

    private static boolean isRepeat(CellBox cell, CellBox other) {
        return cell.row() == other.row() && cell.rowSpan() == other.rowSpan() && cell.sameColumnsAs(other, SAME_EDGE)
                && cell.text().equals(other.text());
    }

    /** For each cell in the first row of {@code next}: the cell of the same columns at the bottom of this table. */
    private Map<CellBox, CellBox> cellsAbove(TableFragment next) {
        Map<CellBox, CellBox> above = new IdentityHashMap<>();
        for (CellBox top : next.cells()) {
            if (top.row() != 0) {
                continue;
            }
            for (CellBox bottom : cells) {
                if (bottom.row() + bottom.rowSpan() == rowCount && bottom.sameColumnsAs(top, SAME_EDGE)) {
                    above.put(top, bottom);
                }
            }
        }
        return above;
    }

    /**
     * The break cut through a row when the first row of the next part starts nothing new (no number, no
     * 一、/（一）/1. label) and at least one of its cells is empty under a filled one: that cell's
     * content was printed whole before the break.
     */
    private static boolean isSplitRow(TableFragment next, Map<CellBox, CellBox> above) {
        boolean finishedAbove = false;
        for (CellBox top : next.cells()) {
            if (top.row() != 0) {
                continue;
            }
            CellBox upper = above.get(top);
            if (upper == null || (!top.isEmpty() && startsRow(top.text()))) {
                return false;
            }
            finishedAbove |= top.isEmpty() && top.rowSpan() == 1 && !upper.isEmpty();
        }
        return finishedAbove;
    }

    /** A merged cell runs on across the break: its lower part is empty or carries on the text above. */
    private static boolean isContinuation(CellBox upper, CellBox lower) {
        return !upper.isEmpty() && (upper.rowSpan() > 1 || lower.rowSpan() > 1)
                && (lower.isEmpty() || !startsRow(lower.text()));
    }

    private static boolean startsRow(String text) {
        String compact = text.replaceAll("\\s+", "");
        return VALUE.matcher(compact).matches() || LABEL_START.matcher(compact).find();
    }

    private static boolean sharesColumns(float[] a, float[] b) {
        float[] fewer = a.length <= b.length ? a : b;
        float[] more = a.length <= b.length ? b : a;
        int shared = 0;
        for (float edge : fewer) {
            if (Math.abs(more[Edges.nearest(more, edge)] - edge) <= SAME_EDGE) {
                shared++;
            }
        }
        return shared >= 2 && shared >= fewer.length * SHARED_EDGES;
    }
}
