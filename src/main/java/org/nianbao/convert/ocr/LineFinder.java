package org.nianbao.convert.ocr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the ruling lines of a straightened page image: runs of dark pixels far longer than any stroke
 * of a character, horizontal and vertical. Small breaks (speckle, JPEG smear, a faint stretch) are
 * bridged; the runs of a line a few pixels thick become one line.
 */
public final class LineFinder {

    /** Breaks up to this long (pixels) inside a line are bridged. */
    private static final int MAX_GAP = 4;
    /** A line moves at most this far (pixels) from one row (column) of its ink to the next. */
    private static final int MAX_DRIFT = 1;
    /** Lines reaching this close (pixels) to another line touch it. */
    private static final int TOUCH = 4;
    /** A horizontal line this long (share of the page width) anchors a frame. */
    private static final double ANCHOR = 0.15;
    /** Rows (columns) on each side of a line that must be clear paper where nothing crosses it. */
    private static final int SIDE = 3;
    /** A line may be crossed on both sides over at most this share of its length. */
    private static final double MAX_BUSY = 0.2;

    private LineFinder() {
    }

    /**
     * The lines of {@code dark} (one flag per pixel, row by row): horizontal ones at least
     * {@code minHorizontal} pixels long, vertical ones at least {@code minVertical}.
     */
    public static List<ImageLine> find(boolean[] dark, int width, int height, int minHorizontal, int minVertical) {
        List<ImageLine> candidates = new ArrayList<>();
        candidates.addAll(scan(dark, width, height, true, minHorizontal));
        candidates.addAll(scan(dark, width, height, false, minVertical));
        candidates.removeIf(line -> !standsClear(line, dark, width, height));
        return connected(framing(connected(candidates, ANCHOR * width)), ANCHOR * width);
    }

    /**
     * The lines without the vertical ones that border no cell. A table's vertical borders run from one
     * horizontal line to another or cross several, so the horizontal lines they touch are a table's; its
     * other vertical pieces (a border broken by a faint stretch) touch those. The strokes of underlined
     * characters touch only their underline, with one end, and no vertical line joins two underlines. One
     * exception: a table continued from the page before may start with a single row and no line above it;
     * its borders touch only the row's bottom line, but they all end alike, and two of them stand at that
     * line's ends.
     */
    static List<ImageLine> framing(List<ImageLine> lines) {
        List<ImageLine> horizontal = lines.stream().filter(ImageLine::horizontal).toList();
        List<ImageLine> vertical = lines.stream().filter(l -> !l.horizontal()).toList();
        List<List<ImageLine>> touched = vertical.stream().map(v -> touchedBy(v, horizontal)).toList();
        Set<ImageLine> tables = new HashSet<>();
        for (List<ImageLine> byOne : touched) {
            if (distinctPositions(byOne) >= 2) {
                tables.addAll(byOne);
            }
        }
        List<ImageLine> kept = new ArrayList<>(horizontal);
        for (int i = 0; i < vertical.size(); i++) {
            ImageLine v = vertical.get(i);
            if (touched.get(i).stream().anyMatch(h -> tables.contains(h) || closesARow(h, horizontal, v, vertical))) {
                kept.add(v);
            }
        }
        return kept;
    }

    private static List<ImageLine> touchedBy(ImageLine v, List<ImageLine> horizontal) {
        return horizontal.stream().filter(h -> touches(h, v)).toList();
    }

    /** How many different lines {@code lines} are: lines closer than a line's thickness are one. */
    private static int distinctPositions(List<ImageLine> lines) {
        double[] positions = lines.stream().mapToDouble(ImageLine::position).sorted().toArray();
        int distinct = 0;
        double last = Double.NEGATIVE_INFINITY;
        for (double p : positions) {
            if (p - last > 2 * TOUCH) {
                distinct++;
            }
            last = p;
        }
        return distinct;
    }

    /**
     * Whether the line {@code h} has a vertical line ending like {@code v} at each of its ends. A thick or
     * slightly turned line may be found as a long line and a shorter one beside it: the ends are those of
     * all of them together.
     */
    private static boolean closesARow(ImageLine h, List<ImageLine> horizontal, ImageLine v, List<ImageLine> vertical) {
        int from = h.from();
        int to = h.to();
        for (ImageLine g : horizontal) {
            if (Math.abs(g.position() - h.position()) <= 2 * TOUCH && g.from() <= to + TOUCH && g.to() >= from - TOUCH) {
                from = Math.min(from, g.from());
                to = Math.max(to, g.to());
            }
        }
        int left = from;
        int right = to;
        return vertical.stream().anyMatch(a -> Math.abs(a.position() - left) <= TOUCH && endsLike(a, v))
                && vertical.stream().anyMatch(b -> Math.abs(b.position() - right) <= TOUCH && endsLike(b, v));
    }

    private static boolean endsLike(ImageLine a, ImageLine b) {
        return Math.abs(a.from() - b.from()) <= 2 * TOUCH && Math.abs(a.to() - b.to()) <= 2 * TOUCH;
    }

    /**
     * The lines that belong to a frame: horizontal lines of at least {@code anchorLength} pixels, and every
     * line that touches one of those or a line already kept. The stroke of a character, however long,
     * stands alone (cells keep their text away from their borders).
     */
    static List<ImageLine> connected(List<ImageLine> candidates, double anchorLength) {
        List<ImageLine> kept = new ArrayList<>();
        List<ImageLine> rest = new ArrayList<>();
        for (ImageLine line : candidates) {
            (line.horizontal() && line.length() >= anchorLength ? kept : rest).add(line);
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (java.util.Iterator<ImageLine> it = rest.iterator(); it.hasNext(); ) {
                ImageLine line = it.next();
                if (kept.stream().anyMatch(k -> touches(k, line))) {
                    kept.add(line);
                    it.remove();
                    grew = true;
                }
            }
        }
        return kept;
    }

    /**
     * Whether the line has clear paper on both sides along most of its length. A drawn line is crossed
     * only where another line or a character touches it; a row of characters whose strokes happen to line
     * up (a four-character label, a word written one character per line) has ink on both sides nearly
     * everywhere, and is no line.
     */
    static boolean standsClear(ImageLine line, boolean[] dark, int width, int height) {
        int rows = line.horizontal() ? height : width;
        int busy = 0;
        for (int i = line.from(); i <= line.to(); i++) {
            if (anyDark(dark, width, line.horizontal(), line.low() - SIDE, line.low() - 1, i, rows)
                    && anyDark(dark, width, line.horizontal(), line.high() + 1, line.high() + SIDE, i, rows)) {
                busy++;
            }
        }
        return busy <= MAX_BUSY * line.length();
    }

    private static boolean anyDark(boolean[] dark, int width, boolean horizontal, int first, int last, int i, int rows) {
        for (int r = Math.max(0, first); r <= Math.min(rows - 1, last); r++) {
            if (isDark(dark, width, horizontal, r, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean touches(ImageLine a, ImageLine b) {
        if (a.horizontal() == b.horizontal()) {
            return false;
        }
        return a.spans(b.position(), TOUCH) && b.spans(a.position(), TOUCH);
    }

    private static List<ImageLine> scan(boolean[] dark, int width, int height, boolean horizontal, int minLength) {
        int rows = horizontal ? height : width;
        int along = horizontal ? width : height;
        List<Segment> open = new ArrayList<>();
        List<ImageLine> done = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<int[]> runs = runs(dark, width, horizontal, r, along, minLength);
            List<Segment> next = new ArrayList<>();
            for (int[] run : runs) {
                Segment joined = null;
                for (Segment s : open) {
                    if (s.lastRow >= r - MAX_DRIFT && overlap(s, run) > 0.5 * Math.min(s.to - s.from, run[1] - run[0])) {
                        joined = s;
                        break;
                    }
                }
                if (joined == null) {
                    joined = new Segment(r);
                } else {
                    open.remove(joined);
                }
                joined.add(r, run);
                next.add(joined);
            }
            for (Segment s : open) {
                if (s.lastRow < r - MAX_DRIFT) {
                    done.add(s.toLine(horizontal));
                } else {
                    next.add(s);
                }
            }
            open = next;
        }
        for (Segment s : open) {
            done.add(s.toLine(horizontal));
        }
        return done;
    }

    private static double overlap(Segment s, int[] run) {
        return Math.min(s.to, run[1]) - Math.max(s.from, run[0]);
    }

    /** Runs of dark pixels along row (or column) {@code r}, gaps bridged, at least {@code minLength} long. */
    private static List<int[]> runs(boolean[] dark, int width, boolean horizontal, int r, int along, int minLength) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int lastDark = -1;
        int rows = horizontal ? dark.length / width : width;
        for (int i = 0; i < along; i++) {
            // A slightly turned line steps from one row to the next: its ink in either neighbour counts.
            boolean d = isDark(dark, width, horizontal, r, i)
                    || (r > 0 && isDark(dark, width, horizontal, r - 1, i))
                    || (r + 1 < rows && isDark(dark, width, horizontal, r + 1, i));
            if (!d) {
                continue;
            }
            if (start >= 0 && i - lastDark - 1 > MAX_GAP) {
                if (lastDark - start + 1 >= minLength) {
                    runs.add(new int[] {start, lastDark});
                }
                start = -1;
            }
            if (start < 0) {
                start = i;
            }
            lastDark = i;
        }
        if (start >= 0 && lastDark - start + 1 >= minLength) {
            runs.add(new int[] {start, lastDark});
        }
        return runs;
    }

    private static boolean isDark(boolean[] dark, int width, boolean horizontal, int r, int i) {
        return horizontal ? dark[r * width + i] : dark[i * width + r];
    }

    /** The runs of one line on consecutive rows. */
    private static final class Segment {
        final int firstRow;
        int lastRow;
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        double weightedRow;
        long weight;

        Segment(int firstRow) {
            this.firstRow = firstRow;
            this.lastRow = firstRow;
        }

        void add(int row, int[] run) {
            lastRow = row;
            from = Math.min(from, run[0]);
            to = Math.max(to, run[1]);
            int length = run[1] - run[0] + 1;
            weightedRow += (double) row * length;
            weight += length;
        }

        ImageLine toLine(boolean horizontal) {
            return new ImageLine(horizontal, weightedRow / weight, from, to, firstRow, lastRow);
        }
    }
}
