package org.nianbao.summary.render;

/**
 * One cell of a table grid, placed at its top-left grid position and covering {@code rowSpan} ×
 * {@code colSpan} positions, as the official template merges it.
 *
 * @param text the printed text; for a value cell the figure, empty when the figure is unknown
 * @param path for a value cell its path in the canonical JSON ({@code requests.newReceived.total}),
 *             empty for headers and labels
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, CellKind kind, String text, String path) {

    public GridCell {
        if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("bad cell placement " + row + "," + col + " span " + rowSpan + "x" + colSpan);
        }
    }

    public int lastRow() {
        return row + rowSpan - 1;
    }

    public int lastCol() {
        return col + colSpan - 1;
    }

    GridCell withText(String printed) {
        return new GridCell(row, col, rowSpan, colSpan, kind, printed, path);
    }
}
