package org.nianbao.convert.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * A thin character alone (a "1" in a cell) gives the detector a sliver, too small to read: boxes lower
 * than the page's usual text line grow to that height, and to at least half of it in width, around their
 * middle. A sliver the detector placed on a cell's border (a "1" printed close to the line) would grow
 * across that line and be cut back to nothing: it grows on the side of the line that holds ink other than
 * the line's, next to the line. A grown box whose ink (the lines' columns left out) is not at least a
 * quarter of a line high is a speck, not a character, and is dropped.
 */
final class SmallBoxes {

    /** Pixels kept clear of a line's ink, as when boxes are cut at lines. */
    private static final int CLEARANCE = 1;

    private SmallBoxes() {
    }

    static List<TextBox> grownToLineHeight(List<TextBox> boxes, GrayImage image, boolean[] dark, List<ImageLine> lines) {
        if (boxes.isEmpty()) {
            return boxes;
        }
        int[] heights = boxes.stream().mapToInt(TextBox::height).sorted().toArray();
        int line = heights[heights.length / 2];
        List<TextBox> grown = new ArrayList<>(boxes.size());
        for (TextBox box : boxes) {
            if (box.height() >= line * 0.8) {
                grown.add(box);
                continue;
            }
            int height = line;
            int width = Math.min(image.width(), Math.max(box.width(), line / 2));
            int top = (int) Math.max(0, Math.round(box.centerY() - height / 2.0));
            int bottom = Math.min(image.height(), top + height);
            int left = (int) Math.max(0, Math.round(box.centerX() - width / 2.0));
            ImageLine border = crossingVertical(lines, left, left + width, box.centerY());
            if (border != null) {
                int before = ink(dark, image.width(), left, border.low() - CLEARANCE, top, bottom);
                int after = ink(dark, image.width(), border.high() + 1 + CLEARANCE, left + width, top, bottom);
                left = after >= before ? border.high() + 1 + CLEARANCE : border.low() - CLEARANCE - width;
                left = Math.max(0, Math.min(image.width() - width, left));
            }
            TextBox bigger = new TextBox(left, top, Math.min(image.width(), left + width), bottom, box.score());
            if (inkHeight(bigger, dark, image.width(), lines) >= line / 4) {
                grown.add(bigger);
            }
        }
        return grown;
    }

    /** The vertical line running through columns {@code left}–{@code right} at row {@code y}, if any. */
    private static ImageLine crossingVertical(List<ImageLine> lines, int left, int right, double y) {
        return lines.stream().filter(l -> l.crossesColumns(left, right, y)).findFirst().orElse(null);
    }

    private static int ink(boolean[] dark, int width, int from, int to, int top, int bottom) {
        int count = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = Math.max(0, from); x < Math.min(width, to); x++) {
                if (dark[y * width + x]) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Rows from the first to the last holding ink in the box, columns of vertical lines left out. */
    private static int inkHeight(TextBox box, boolean[] dark, int width, List<ImageLine> lines) {
        boolean[] lineColumn = new boolean[box.width()];
        for (ImageLine l : lines) {
            if (l.crossesColumns(box.left(), box.right(), box.centerY())) {
                for (int x = Math.max(box.left(), l.low()); x <= Math.min(box.right() - 1, l.high()); x++) {
                    lineColumn[x - box.left()] = true;
                }
            }
        }
        int first = -1;
        int last = -1;
        for (int y = box.top(); y < box.bottom(); y++) {
            for (int x = box.left(); x < box.right(); x++) {
                if (!lineColumn[x - box.left()] && dark[y * width + x]) {
                    first = first < 0 ? y : first;
                    last = y;
                    break;
                }
            }
        }
        return first < 0 ? 0 : last - first + 1;
    }
}
