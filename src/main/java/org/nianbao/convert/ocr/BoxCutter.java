package org.nianbao.convert.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps ruling lines out of the text crops: a box that a vertical line crosses is cut in two at the
 * line (text of two cells run together), and a box that reaches over a line near its edge is trimmed
 * back to the side holding its middle. A line left in a crop reads as "1" or "|", a number invented.
 */
final class BoxCutter {

    /** Pixels kept clear on each side of a line's ink. */
    private static final int CLEARANCE = 1;
    /** Pieces narrower than this (pixels) hold no character. */
    private static final int MIN_PIECE = 6;

    private BoxCutter() {
    }

    static List<TextBox> cut(List<TextBox> boxes, List<ImageLine> lines) {
        List<TextBox> out = new ArrayList<>();
        for (TextBox box : boxes) {
            TextBox trimmed = trimHorizontal(box, lines);
            if (trimmed != null) {
                cutVertical(trimmed, lines, out);
            }
        }
        return out;
    }

    /** Trims the box above or below horizontal lines that run through it, keeping the side of its middle. */
    private static TextBox trimHorizontal(TextBox box, List<ImageLine> lines) {
        int top = box.top();
        int bottom = box.bottom();
        for (ImageLine line : lines) {
            if (!line.horizontal() || line.high() < top || line.low() >= bottom || !line.spans(box.centerX(), 0)) {
                continue;
            }
            if (line.position() < box.centerY()) {
                top = Math.max(top, line.high() + 1 + CLEARANCE);
            } else {
                bottom = Math.min(bottom, line.low() - CLEARANCE);
            }
        }
        return bottom - top >= MIN_PIECE ? new TextBox(box.left(), top, box.right(), bottom, box.score()) : null;
    }

    private static void cutVertical(TextBox box, List<ImageLine> lines, List<TextBox> out) {
        int left = box.left();
        List<ImageLine> crossing = new ArrayList<>();
        for (ImageLine line : lines) {
            if (line.crossesColumns(box.left(), box.right(), box.centerY())) {
                crossing.add(line);
            }
        }
        crossing.sort(java.util.Comparator.comparingDouble(ImageLine::position));
        for (ImageLine line : crossing) {
            int right = line.low() - CLEARANCE;
            if (right - left >= MIN_PIECE) {
                out.add(new TextBox(left, box.top(), right, box.bottom(), box.score()));
            }
            left = Math.max(left, line.high() + 1 + CLEARANCE);
        }
        if (box.right() - left >= MIN_PIECE) {
            out.add(new TextBox(left, box.top(), box.right(), box.bottom(), box.score()));
        }
    }
}
