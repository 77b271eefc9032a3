package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds tables printed without borders: at least three consecutive lines that each break into pieces
 * at wide gaps, where the pieces of all lines fall into the same columns. Running text never has such
 * gaps, and a line that crosses a column gap merges the columns, so prose is not mistaken for a table.
 * Fewer lines are a table too when their pieces start at the columns of a table found before (on this
 * page or an earlier one): the last row of a table pushed onto the next page, or a small table of the
 * same layout (信息内容 | 上一年项目数量 | 本年增/减 and its one row), also when all its columns lie a few points
 * off those (a scanned page lies a little shifted). A number printed a little below the
 * baseline of its row (less than a line lower, beside the row's other cells) is joined to its row.
 * One finder serves the pages of one document in order.
 */
final class AlignedColumnsFinder {

    /** A gap wider than this many font sizes separates two cells. */
    private static final float CELL_GAP = 2f;
    private static final int MIN_ROWS = 3;
    /** A gap wider than this many font sizes separates two words inside a cell (about a space). */
    private static final float WORD_GAP = 0.2f;
    /** Lines further apart than this many font sizes are not rows of one table. */
    private static final float MAX_ROW_PITCH = 3f;
    /** A line less than this many font sizes below another may be a cell of that row printed low. */
    private static final float DROPPED_CELL = 0.75f;
    /** What a cell printed low is: a number (a header's second line is text and a row of its own). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?[\\d,，.．]+%?");
    /** Column starts within this many points are the same column. */
    private static final float SAME_START = 3f;
    /** How far (points) a page may lie shifted from the page before, all its columns alike (a scan: about 4 mm). */
    private static final float MAX_PAGE_SHIFT = 12f;

    /** The column starts of every table found so far, one array per table. */
    private final List<float[]> knownStarts = new ArrayList<>();

    /** The tables found, and the lines that stay running text. */
    record Found(List<TableFragment> tables, List<TextLine> lines) {
    }

    /** A piece of a line between wide gaps. */
    private record Piece(float left, float right, String text) {
    }

    AlignedColumnsFinder() {
    }

    /** The tables of one page on its own, knowing no earlier page. */
    static Found find(List<TextLine> lines, int page) {
        return new AlignedColumnsFinder().findOn(lines, page);
    }

    /** The tables of the next page of the document. */
    Found findOn(List<TextLine> pageLines, int page) {
        List<TextLine> lines = withDroppedCellsJoined(pageLines);
        List<TableFragment> tables = new ArrayList<>();
        List<TextLine> rest = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        for (TextLine line : lines) {
            boolean split = pieces(line).size() >= 2;
            TextLine previous = run.isEmpty() ? null : run.get(run.size() - 1);
            // The larger size of the two counts: sizes read from a scan vary from line to line with the ink.
            boolean continues = previous != null
                    && line.baseline() - previous.baseline() <= MAX_ROW_PITCH * Math.max(line.size(), previous.size());
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

    /**
     * The lines with each number that lies less than {@link #DROPPED_CELL} below a row of several pieces, and
     * beside all of them, joined to that row.
     */
    private static List<TextLine> withDroppedCellsJoined(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            TextLine previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && NUMBER.matcher(line.text()).matches() && line.baseline() > previous.baseline()
                    && line.baseline() - previous.baseline() < DROPPED_CELL * Math.max(line.size(), previous.size())
                    && pieces(previous).size() >= 2 && besideAll(line, pieces(previous), line.size())) {
                out.set(out.size() - 1, LineBuilder.merged(previous, line));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean besideAll(TextLine line, List<Piece> pieces, float size) {
        float gap = CELL_GAP * size;
        return pieces.stream().allMatch(p -> line.right() + gap <= p.left() || line.left() >= p.right() + gap);
    }

    private void flush(List<TextLine> run, int page, List<TableFragment> tables, List<TextLine> rest) {
        List<float[]> columns = run.size() >= MIN_ROWS || fitsKnownColumns(run) ? columns(run) : List.of();
        if (columns.size() < 2) {
            rest.addAll(run);
            return;
        }
        float[] starts = new float[columns.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = columns.get(i)[0];
        }
        knownStarts.add(starts);
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

    /**
     * Whether every piece of every line starts at a column start of one table found before: where that
     * table's columns are, or all of them moved by the same small distance when the run's leftmost piece
     * starts that far from the table's left edge (a scanned page lies a little shifted on the scanner).
     */
    private boolean fitsKnownColumns(List<TextLine> run) {
        if (run.isEmpty()) {
            return false;
        }
        float leftmost = Float.MAX_VALUE;
        for (TextLine line : run) {
            for (Piece piece : pieces(line)) {
                leftmost = Math.min(leftmost, piece.left());
            }
        }
        for (float[] starts : knownStarts) {
            float shift = leftmost - starts[0];
            if (fits(run, starts, 0) || (Math.abs(shift) <= MAX_PAGE_SHIFT && fits(run, starts, shift))) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(List<TextLine> run, float[] starts, float shift) {
        for (TextLine line : run) {
            for (Piece piece : pieces(line)) {
                if (!startsAt(starts, piece.left() - shift)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean startsAt(float[] starts, float left) {
        for (float start : starts) {
            if (Math.abs(start - left) <= SAME_START) {
                return true;
            }
        }
        return false;
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
