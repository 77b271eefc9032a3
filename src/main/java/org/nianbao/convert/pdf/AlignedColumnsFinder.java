package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds tables printed without borders: at least three consecutive lines that each break into pieces
 * at wide gaps, where the pieces of all lines fall into the same columns. Running text never has such
 * gaps, and a line that crosses a column gap merges the columns, so prose is not mistaken for a table.
 */
final class AlignedColumnsFinder {

    /** A gap wider than this many font sizes separates two cells. */
    private static final float CELL_GAP = 2f;
    private static final int MIN_ROWS = 3;
    /** A gap wider than this many font sizes separates two words inside a cell (about a space). */
    private static final float WORD_GAP = 0.2f;
    /** Lines further apart than this many font sizes are not rows of one table. */
    private static final float MAX_ROW_PITCH = 3f;

    /** The tables found, and the lines that stay running text. */
    record Found(List<TableFragment> tables, List<TextLine> lines) {
    }

    /** A piece of a line between wide gaps. */
    private record Piece(float left, float right, String text) {
    }

    private AlignedColumnsFinder() {
    }

    static Found find(List<TextLine> lines, int page) {
        List<TableFragment> tables = new ArrayList<>();
        List<TextLine> rest = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        for (TextLine line : lines) {
            boolean split = pieces(line).size() >= 2;
            boolean continues = !run.isEmpty()
                    && line.baseline() - run.get(run.size() - 1).baseline() <= MAX_ROW_PITCH * line.size();
            if (!run.isEmpty() && (!continues || !split)) {
                flush(run, page, tables, rest);
                run.clear();
            }
            if (split) {
                run.add(line);
            } else {
                rest.add(line);
            }
        }
        flush(run, page, tables, rest);
        rest.sort(Comparator.comparingDouble(TextLine::baseline));
        return new Found(tables, rest);
    }

    private static void flush(List<TextLine> run, int page, List<TableFragment> tables, List<TextLine> rest) {
        List<float[]> columns = run.size() >= MIN_ROWS ? columns(run) : List.of();
        if (columns.size() < 2) {
            rest.addAll(run);
            return;
        }
        // Cells meet in the middle of the gaps, so that the columns tile the table without empty strips.
        float[] bounds = new float[columns.size() + 1];
        bounds[0] = columns.get(0)[0];
        for (int i = 1; i < columns.size(); i++) {
            bounds[i] = (columns.get(i - 1)[1] + columns.get(i)[0]) / 2;
        }
        bounds[columns.size()] = columns.get(columns.size() - 1)[1];
        List<CellBox> cells = new ArrayList<>();
        for (int row = 0; row < run.size(); row++) {
            List<Piece> pieces = pieces(run.get(row));
            for (int c = 0; c < columns.size(); c++) {
                float[] column = columns.get(c);
                String text = pieces.stream().filter(p -> p.left() >= column[0] && p.right() <= column[1])
                        .map(Piece::text).reduce("", CjkText::join);
                cells.add(new CellBox(row, 1, bounds[c], bounds[c + 1], text));
            }
        }
        tables.add(new TableFragment(page, false, run.get(0).top(), run.get(run.size() - 1).baseline(),
                bounds[0], bounds[columns.size()], run.size(), cells));
    }

    /** Column extents: the union of overlapping pieces of all lines, left to right. */
    private static List<float[]> columns(List<TextLine> run) {
        List<Piece> all = new ArrayList<>();
        run.forEach(line -> all.addAll(pieces(line)));
        all.sort(Comparator.comparingDouble(Piece::left));
        List<float[]> columns = new ArrayList<>();
        for (Piece piece : all) {
            float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && piece.left() <= last[1]) {
                last[1] = Math.max(last[1], piece.right());
            } else {
                columns.add(new float[] {piece.left(), piece.right()});
            }
        }
        return columns;
    }

    private static List<Piece> pieces(TextLine line) {
        List<Piece> pieces = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph previous = null;
        for (Glyph glyph : line.glyphs()) {
            if (glyph.isBlank()) {
                continue;
            }
            if (previous != null && glyph.x() - previous.right() > CELL_GAP * line.size()) {
                pieces.add(piece(current));
                current = new ArrayList<>();
            }
            current.add(glyph);
            previous = glyph;
        }
        if (!current.isEmpty()) {
            pieces.add(piece(current));
        }
        return pieces;
    }

    /** The piece's text, with a space where the glyphs leave room for one (space glyphs are not kept). */
    private static Piece piece(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            if (previous != null && glyph.x() - previous.right() > WORD_GAP * glyph.size()) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return new Piece(glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right(), text.toString());
    }
}
