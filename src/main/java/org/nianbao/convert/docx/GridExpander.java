package org.nianbao.convert.docx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nianbao.convert.Cell;
import org.nianbao.convert.Table;

/**
 * Expands Word's row-by-row cell list into a true grid. A cell spanning columns fills each of them; a
 * cell continuing a vertical merge takes the text of the cell above it. Every position but a merged
 * cell's top-left one is a {@code spanned} copy.
 *
 * <p>Grid positions no cell covers (before a row's first cell, after its last) are filled with empty
 * {@code spanned} cells: they keep the columns aligned, and a reader that skips spanned cells skips
 * them too, since there is no printed cell there to read.
 */
public final class GridExpander {

    private static final Cell PADDING = new Cell("", true);

    /** Far beyond any real table (Word allows 63 columns); bounds the memory a hostile file can claim. */
    static final int MAX_COLUMNS = 256;

    private GridExpander() {
    }

    /**
     * The grid of {@code rows}, at least {@code minWidth} columns wide (the table's declared grid), and
     * wider if a row needs it.
     */
    public static Table expand(List<GridRow> rows, int minWidth) {
        long needed = Math.max(minWidth, rows.stream().mapToLong(GridExpander::extent).max().orElse(0));
        int width = (int) Math.min(MAX_COLUMNS, needed);
        List<List<Cell>> grid = new ArrayList<>(rows.size());
        Cell[] above = new Cell[0];
        boolean[] aboveIsCell = new boolean[0];
        for (GridRow row : rows) {
            Cell[] line = new Cell[width];
            boolean[] isCell = new boolean[width];
            Arrays.fill(line, PADDING);
            int col = row.skippedBefore();
            for (GridCell cell : row.cells()) {
                boolean continues = cell.merge() == VerticalMerge.CONTINUE && col < above.length && aboveIsCell[col];
                String text = continues ? above[col].text() : cell.text();
                Cell copy = new Cell(text, true);
                for (int k = 0; k < cell.span() && col + k < width; k++) {
                    line[col + k] = continues || k > 0 ? copy : new Cell(text, false);
                    isCell[col + k] = true;
                }
                col += cell.span();
            }
            grid.add(List.of(line));
            above = line;
            aboveIsCell = isCell;
        }
        return new Table(grid);
    }

    private static long extent(GridRow row) {
        return row.skippedBefore() + row.cells().stream().mapToLong(GridCell::span).sum();
    }
}
