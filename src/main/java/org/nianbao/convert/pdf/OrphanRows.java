package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows of a ruled table printed without their own rules. Where a page break falls between two rows, some
 * engines draw the rule above the first row of the new page on the page before, so that row reaches this
 * converter as a plain line above the table part (4.保护第三方合法权益 1 0 0 0 0 0 1). Such a line becomes
 * the part's first row again, each piece of its text placed in the columns it lies over by its x
 * coordinates: a row with blank cells (1.属于国家秘密 0 … 0) keeps its numbers in their columns instead of
 * counting them from the left.
 */
final class OrphanRows {

    /** Edges within this many points are the same column edge. */
    private static final float SAME_EDGE = 3f;
    /** A line may stick out of the table's frame by this much and still lie inside it. */
    private static final float FRAME_SLACK = 2f;
    /** Glyphs further apart than this share of the font size are separate pieces of text. */
    private static final float PIECE_GAP = 0.8f;
    /** ... and so are glyphs with a column edge between them and at least this share of space. */
    private static final float EDGE_GAP = 0.15f;
    /** The lines must end within this many line heights above the table part. */
    private static final float MAX_DISTANCE_LINES = 2.5f;

    private OrphanRows() {
    }

    /**
     * The table part with {@code lines} (from top to bottom, directly above it) as its new first row, when
     * every line lies within its frame and their text falls in at least two of its columns.
     */
    static Optional<TableFragment> prepend(List<TextLine> lines, TableFragment part) {
        if (lines.isEmpty() || !part.ruled()) {
            return Optional.empty();
        }
        TextLine lowest = lines.get(lines.size() - 1);
        if (part.top() - lowest.baseline() > MAX_DISTANCE_LINES * lowest.size()) {
            return Optional.empty();
        }
        float[] edges = part.columnEdges(SAME_EDGE);
        List<CellBox> row = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.left() < part.left() - FRAME_SLACK || line.right() > part.right() + FRAME_SLACK) {
                return Optional.empty();
            }
            for (Piece piece : pieces(line, edges)) {
                if (!place(piece, edges, row)) {
                    return Optional.empty();
                }
            }
        }
        long columns = row.stream().filter(c -> !c.isEmpty()).count();
        if (columns < 2) {
            return Optional.empty();
        }
        List<CellBox> cells = new ArrayList<>(row);
        part.cells().forEach(c -> cells.add(c.shiftedDown(1)));
        float top = Math.min(part.top(), lines.get(0).top());
        return Optional.of(new TableFragment(part.page(), true, top, part.bottom(), part.left(), part.right(),
                part.rowCount() + 1, cells));
    }

    /** Puts a piece into the cell over the same columns, joining it to text already there; false if it fits none. */
    private static boolean place(Piece piece, float[] edges, List<CellBox> row) {
        int first = Edges.interval(edges, piece.left() + SAME_EDGE);
        int last = Edges.interval(edges, piece.right() - SAME_EDGE);
        if (first < 0 || last < 0) {
            return false;
        }
        last = Math.max(first, last);
        float left = edges[first];
        float right = edges[last + 1];
        for (int i = 0; i < row.size(); i++) {
            CellBox cell = row.get(i);
            if (cell.left() < right - SAME_EDGE && cell.right() > left + SAME_EDGE) {
                float l = Math.min(cell.left(), left);
                float r = Math.max(cell.right(), right);
                row.set(i, new CellBox(0, 1, l, r, CjkText.join(cell.text(), piece.text())));
                return true;
            }
        }
        row.add(new CellBox(0, 1, left, right, piece.text()));
        row.sort((a, b) -> Float.compare(a.left(), b.left()));
        return true;
    }

    /** The runs of glyphs of a line separated by wide gaps, or by a gap with a column edge in it. */
    private static List<Piece> pieces(TextLine line, float[] edges) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float left = 0;
        float right = 0;
        for (Glyph glyph : line.glyphs()) {
            if (glyph.isBlank()) {
                continue;
            }
            float gap = glyph.x() - right;
            if (text.length() > 0 && (gap > PIECE_GAP * glyph.size()
                    || gap > EDGE_GAP * glyph.size() && edgeBetween(edges, right, glyph.x()))) {
                pieces.add(new Piece(text.toString(), left, right));
                text.setLength(0);
            }
            if (text.length() == 0) {
                left = glyph.x();
            }
            text.append(glyph.text());
            right = Math.max(right, glyph.right());
        }
        if (text.length() > 0) {
            pieces.add(new Piece(text.toString(), left, right));
        }
        return pieces;
    }

    private static boolean edgeBetween(float[] edges, float from, float to) {
        for (float edge : edges) {
            if (edge >= from && edge <= to) {
                return true;
            }
        }
        return false;
    }

    private record Piece(String text, float left, float right) {
    }
}
