package org.nianbao.summary.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A {@link Grid} drawn as a ruled PDF table: every cell framed, merged cells as one frame, labels wrapped
 * inside their cell. A table too long for the page continues on the next one, between two rows: a row is
 * never cut, nothing is repeated, and a merged label that crosses the break is framed on both pages and
 * printed where more of it lies.
 */
final class RuledTable {

    private static final float FONT_SIZE = 9;
    private static final float LEADING = FONT_SIZE * 1.35f;
    private static final float PAD_X = 2.5f;
    private static final float PAD_Y = 3.5f;
    private static final float MIN_ROW = 20;
    private static final float RULE = 0.6f;

    private final Grid grid;
    private final PDFont font;
    private final float[] colX;
    private final float[] rowHeight;
    private final List<List<String>> lines = new ArrayList<>();

    RuledTable(Grid grid, PdfFonts.Loaded fonts, float left, float width) throws IOException {
        this.grid = grid;
        this.font = fonts.regular();
        this.colX = columnEdges(grid.widths(), left, width);
        for (GridCell cell : grid.cells()) {
            float inner = colX[cell.lastCol() + 1] - colX[cell.col()] - 2 * PAD_X;
            lines.add(TextWrap.balanced(fonts.printable(cell.text()), font, FONT_SIZE, inner));
        }
        this.rowHeight = rowHeights();
    }

    /** Height of the first {@code rows} rows: what must fit for a heading not to stand alone. */
    float heightOfFirst(int rows) {
        float h = 0;
        for (int r = 0; r < Math.min(rows, rowHeight.length); r++) {
            h += rowHeight[r];
        }
        return h;
    }

    void draw(PageFlow flow) throws IOException {
        int first = 0;
        while (first < grid.rowCount()) {
            flow.need(rowHeight[first]);
            float top = flow.y();
            int last = first;
            float used = rowHeight[first];
            while (last + 1 < grid.rowCount() && used + rowHeight[last + 1] <= flow.remaining()) {
                last++;
                used += rowHeight[last];
            }
            drawRows(flow.content(), first, last, top);
            flow.down(used);
            first = last + 1;
            if (first < grid.rowCount()) {
                flow.newPage();
            }
        }
    }

    /** Rows {@code first..last} on one page, their top edge at {@code top}. */
    private void drawRows(PDPageContentStream out, int first, int last, float top) throws IOException {
        out.setLineWidth(RULE);
        for (int i = 0; i < grid.cells().size(); i++) {
            GridCell cell = grid.cells().get(i);
            int from = Math.max(cell.row(), first);
            int to = Math.min(cell.lastRow(), last);
            if (from > to) {
                continue;
            }
            float y0 = top - heightBetween(first, from);
            float h = heightBetween(from, to + 1);
            float x0 = colX[cell.col()];
            float w = colX[cell.lastCol() + 1] - x0;
            out.addRect(x0, y0 - h, w, h);
            if (printsHere(cell, first, last)) {
                drawText(out, cell, lines.get(i), x0, y0, w, h);
            }
        }
        out.stroke();
    }

    /** A cell's text goes on the page that holds the largest part of it (the first, on a tie). */
    private boolean printsHere(GridCell cell, int first, int last) {
        if (cell.rowSpan() == 1) {
            return true;
        }
        float here = heightBetween(Math.max(cell.row(), first), Math.min(cell.lastRow(), last) + 1);
        float whole = heightBetween(cell.row(), cell.lastRow() + 1);
        boolean startsHere = cell.row() >= first;
        return startsHere ? here * 2 >= whole : here * 2 > whole;
    }

    private void drawText(PDPageContentStream out, GridCell cell, List<String> text, float x0, float top, float w, float h)
            throws IOException {
        float block = text.size() * LEADING;
        float baseline = top - (h - block) / 2 - (LEADING - FONT_SIZE) / 2 - FONT_SIZE * PageFlow.ASCENT;
        boolean left = cell.kind() == CellKind.LABEL && cell.rowSpan() == 1;
        for (String line : text) {
            float lineWidth = TextWrap.width(line, font, FONT_SIZE);
            float x = left ? x0 + PAD_X : x0 + (w - lineWidth) / 2;
            out.beginText();
            out.setFont(font, FONT_SIZE);
            out.newLineAtOffset(x, baseline);
            out.showText(line);
            out.endText();
            baseline -= LEADING;
        }
    }

    /**
     * Each row is as tall as its tallest single-row cell; a merged cell that needs more than its rows
     * give lengthens its last row.
     */
    private float[] rowHeights() {
        float[] h = new float[grid.rowCount()];
        Arrays.fill(h, MIN_ROW);
        for (int i = 0; i < grid.cells().size(); i++) {
            GridCell cell = grid.cells().get(i);
            if (cell.rowSpan() == 1) {
                h[cell.row()] = Math.max(h[cell.row()], needed(i));
            }
        }
        for (int i = 0; i < grid.cells().size(); i++) {
            GridCell cell = grid.cells().get(i);
            float have = 0;
            for (int r = cell.row(); r <= cell.lastRow(); r++) {
                have += h[r];
            }
            if (cell.rowSpan() > 1 && needed(i) > have) {
                h[cell.lastRow()] += needed(i) - have;
            }
        }
        return h;
    }

    private float needed(int cellIndex) {
        return lines.get(cellIndex).size() * LEADING + 2 * PAD_Y;
    }

    private float heightBetween(int fromRow, int toRowExclusive) {
        float s = 0;
        for (int r = fromRow; r < toRowExclusive; r++) {
            s += rowHeight[r];
        }
        return s;
    }

    private static float[] columnEdges(List<Integer> weights, float left, float width) {
        float total = weights.stream().mapToInt(Integer::intValue).sum();
        float[] x = new float[weights.size() + 1];
        x[0] = left;
        for (int i = 0; i < weights.size(); i++) {
            x[i + 1] = x[i] + width * weights.get(i) / total;
        }
        return x;
    }
}
