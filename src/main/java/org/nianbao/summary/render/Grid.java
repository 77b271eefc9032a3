package org.nianbao.summary.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A table as the official template draws it: relative column widths, and cells with their merges. Every
 * grid position is covered by exactly one cell, which the builder checks.
 *
 * @param name the table's key in the canonical JSON: proactive, requests or reviewLitigation
 * @param widths relative column widths; the renderer scales them to the page
 */
public record Grid(String name, List<Integer> widths, int rowCount, List<GridCell> cells) {

    public Grid {
        widths = List.copyOf(widths);
        cells = List.copyOf(cells);
    }

    public int columnCount() {
        return widths.size();
    }

    /** Value cells in reading order (row by row, left to right): the template order of the figures. */
    public List<GridCell> values() {
        return cells.stream().filter(c -> c.kind() == CellKind.VALUE).toList();
    }

    /** Cells whose top-left corner is in this row, left to right. */
    public List<GridCell> startingIn(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }

    /** The same grid with every value cell's text looked up by its path. */
    public Grid filled(Function<String, String> printedValue) {
        List<GridCell> out = cells.stream()
                .map(c -> c.kind() == CellKind.VALUE ? c.withText(printedValue.apply(c.path())) : c)
                .toList();
        return new Grid(name, widths, rowCount, out);
    }

    /**
     * Lays cells out the way an HTML table does: each new cell goes to the next grid position of the
     * current row that no cell from above already covers, so a skeleton reads like the printed table.
     */
    static final class Builder {
        private final String name;
        private final List<Integer> widths;
        private final List<boolean[]> taken = new ArrayList<>();
        private final List<GridCell> cells = new ArrayList<>();
        private int row = -1;
        private int col;

        Builder(String name, List<Integer> widths) {
            this.name = name;
            this.widths = List.copyOf(widths);
        }

        Builder row() {
            row++;
            col = 0;
            occupied(row);
            return this;
        }

        Builder header(String text, int rowSpan, int colSpan) {
            return add(CellKind.HEADER, text, "", rowSpan, colSpan);
        }

        Builder header(String text) {
            return header(text, 1, 1);
        }

        Builder label(String text, int rowSpan, int colSpan) {
            return add(CellKind.LABEL, text, "", rowSpan, colSpan);
        }

        Builder value(String path, int colSpan) {
            return add(CellKind.VALUE, "", path, 1, colSpan);
        }

        private Builder add(CellKind kind, String text, String path, int rowSpan, int colSpan) {
            while (col < widths.size() && occupied(row)[col]) {
                col++;
            }
            if (col + colSpan > widths.size()) {
                throw new IllegalStateException(name + ": cell '" + text + path + "' overflows row " + row);
            }
            for (int r = row; r < row + rowSpan; r++) {
                for (int c = col; c < col + colSpan; c++) {
                    occupied(r)[c] = true;
                }
            }
            cells.add(new GridCell(row, col, rowSpan, colSpan, kind, text, path));
            col += colSpan;
            return this;
        }

        private boolean[] occupied(int r) {
            while (taken.size() <= r) {
                taken.add(new boolean[widths.size()]);
            }
            return taken.get(r);
        }

        Grid build() {
            if (taken.size() != row + 1) {
                throw new IllegalStateException(name + ": a cell spans below the last row");
            }
            for (int r = 0; r < taken.size(); r++) {
                for (boolean covered : taken.get(r)) {
                    if (!covered) {
                        throw new IllegalStateException(name + ": row " + r + " is not fully covered");
                    }
                }
            }
            return new Grid(name, widths, taken.size(), cells);
        }
    }
}
