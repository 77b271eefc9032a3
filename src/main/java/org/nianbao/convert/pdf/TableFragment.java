package org.nianbao.convert.pdf;

import java.util.List;

/**
 * The part of a table that lies on one page: its frame, its row count and its cells. A table cut by a
 * page break has one fragment per page until {@link TableDraft} joins them.
 */
record TableFragment(int page, boolean ruled, float top, float bottom, float left, float right, int rowCount,
        List<CellBox> cells) implements PageItem {

    TableFragment {
        cells = List.copyOf(cells);
    }

    /** This part without its first {@code rows} rows (which must not be crossed by a cell). */
    TableFragment withoutTopRows(int rows) {
        if (rows == 0) {
            return this;
        }
        List<CellBox> rest = cells.stream().filter(c -> c.row() >= rows).map(c -> c.shiftedDown(-rows)).toList();
        return new TableFragment(page, ruled, top, bottom, left, right, rowCount - rows, rest);
    }

    /** Distinct cell edges from left to right, within {@code tolerance}. */
    float[] columnEdges(float tolerance) {
        float[] edges = new float[cells.size() * 2];
        int i = 0;
        for (CellBox cell : cells) {
            edges[i++] = cell.left();
            edges[i++] = cell.right();
        }
        return Edges.cluster(edges, tolerance);
    }
}
