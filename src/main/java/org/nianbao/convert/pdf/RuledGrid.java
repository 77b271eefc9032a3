package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A table rebuilt from one network of border lines. Every distinct line position is a row or column
 * edge; two neighbouring grid units belong to the same (merged) cell when no border separates them.
 * Glyphs are then dropped into the cell under their middle.
 */
final class RuledGrid {

    /** Edges closer than this (points) are one edge: rows and columns are far taller and wider. */
    private static final float EDGE_TOLERANCE = 3f;

    private final float[] rows;
    private final float[] columns;
    private final int[][] owner;
    private final List<int[]> cells = new ArrayList<>();
    private final List<List<Glyph>> cellGlyphs = new ArrayList<>();

    private RuledGrid(float[] rows, float[] columns, List<Ruling> network) {
        this.rows = rows;
        this.columns = columns;
        this.owner = new int[rows.length - 1][columns.length - 1];
        findCells(network);
    }

    /** The grid of a network, if it encloses at least one cell. */
    static Optional<RuledGrid> of(List<Ruling> network) {
        float[] rows = Edges.cluster(positions(network, true), EDGE_TOLERANCE);
        float[] columns = Edges.cluster(positions(network, false), EDGE_TOLERANCE);
        if (rows.length < 2 || columns.length < 2) {
            return Optional.empty();
        }
        return Optional.of(new RuledGrid(rows, columns, network));
    }

    /** Puts the glyph into its cell if its middle lies inside the grid; false when it lies outside. */
    boolean add(Glyph glyph) {
        int row = Edges.interval(rows, glyph.centerY());
        int column = Edges.interval(columns, glyph.centerX());
        if (row < 0 || column < 0) {
            return false;
        }
        cellGlyphs.get(owner[row][column]).add(glyph);
        return true;
    }

    float area() {
        return (rows[rows.length - 1] - rows[0]) * (columns[columns.length - 1] - columns[0]);
    }

    /**
     * A single box around more than two lines of text is a frame (around the page, a note), not a table:
     * its glyphs are running text. Empty when the grid is a table.
     */
    List<Glyph> framedText() {
        if (cells.size() != 1 || LineBuilder.lines(cellGlyphs.get(0)).size() <= 2) {
            return List.of();
        }
        return cellGlyphs.get(0);
    }

    TableFragment toFragment(int page) {
        List<CellBox> boxes = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            int[] cell = cells.get(i);
            String text = LineBuilder.lines(cellGlyphs.get(i)).stream()
                    .map(TextLine::text).reduce("", CjkText::join);
            boxes.add(new CellBox(cell[0], cell[2] - cell[0] + 1, columns[cell[1]], columns[cell[3] + 1], text));
        }
        return new TableFragment(page, true, rows[0], rows[rows.length - 1], columns[0],
                columns[columns.length - 1], rows.length - 1, boxes);
    }

    /** Grows each cell right, then down, from its top-left unit for as long as no border is in the way. */
    private void findCells(List<Ruling> network) {
        boolean[][] vertical = borders(network, false, columns, rows);
        boolean[][] horizontal = borders(network, true, rows, columns);
        for (int[] line : owner) {
            Arrays.fill(line, -1);
        }
        for (int r = 0; r < owner.length; r++) {
            for (int c = 0; c < owner[r].length; c++) {
                if (owner[r][c] >= 0) {
                    continue;
                }
                int lastColumn = c;
                while (lastColumn + 1 < owner[r].length && !vertical[lastColumn + 1][r] && owner[r][lastColumn + 1] < 0) {
                    lastColumn++;
                }
                int lastRow = r;
                while (lastRow + 1 < owner.length && isOpenBelow(lastRow, c, lastColumn, horizontal, vertical)) {
                    lastRow++;
                }
                claim(r, c, lastRow, lastColumn);
            }
        }
    }

    private boolean isOpenBelow(int row, int firstColumn, int lastColumn, boolean[][] horizontal, boolean[][] vertical) {
        for (int c = firstColumn; c <= lastColumn; c++) {
            if (horizontal[row + 1][c] || owner[row + 1][c] >= 0 || (c > firstColumn && vertical[c][row + 1])) {
                return false;
            }
        }
        return true;
    }

    private void claim(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        int index = cells.size();
        cells.add(new int[] {firstRow, firstColumn, lastRow, lastColumn});
        cellGlyphs.add(new ArrayList<>());
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                owner[r][c] = index;
            }
        }
    }

    /**
     * {@code result[k][i]}: whether a line lies on edge {@code k} across the middle of interval
     * {@code i} of the other direction.
     */
    private static boolean[][] borders(List<Ruling> network, boolean horizontal, float[] edges, float[] across) {
        boolean[][] result = new boolean[edges.length][across.length - 1];
        for (Ruling ruling : network) {
            if (ruling.horizontal() != horizontal) {
                continue;
            }
            int k = Edges.nearest(edges, ruling.position());
            if (Math.abs(edges[k] - ruling.position()) > EDGE_TOLERANCE) {
                continue;
            }
            for (int i = 0; i < across.length - 1; i++) {
                result[k][i] |= ruling.covers((across[i] + across[i + 1]) / 2, 0);
            }
        }
        return result;
    }

    private static float[] positions(List<Ruling> network, boolean horizontal) {
        float[] positions = new float[network.size()];
        int count = 0;
        for (Ruling ruling : network) {
            if (ruling.horizontal() == horizontal) {
                positions[count++] = ruling.position();
            }
        }
        return Arrays.copyOf(positions, count);
    }
}
