package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.convert.Paragraph.Alignment;

/**
 * The body text column of a document: where full lines start and end, and the usual distance between
 * baselines of lines of one font size (in font sizes: titles are often spaced differently from body
 * text). Indents, short lines, centred titles and right-aligned signatures are all judged against it.
 */
record TextColumn(float left, float right, Map<Integer, Float> pitches) {

    /** Positions within this many points are the same margin. */
    private static final float SAME_EDGE = 2f;
    private static final float DEFAULT_PITCH = 1.5f;

    TextColumn {
        pitches = Map.copyOf(pitches);
    }

    static TextColumn of(List<TextLine> lines) {
        float[] lefts = new float[lines.size()];
        float[] rights = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            lefts[i] = lines.get(i).left();
            rights[i] = lines.get(i).right();
        }
        return new TextColumn(sharedEdge(lefts, true), sharedEdge(rights, false), pitches(lines));
    }

    float width() {
        return right - left;
    }

    /**
     * Centred when both gaps to the margins are equal (a producer centres exactly); right-aligned when
     * the line sits at the right margin and starts well past the middle of the column.
     */
    Alignment alignmentOf(TextLine line) {
        float leftGap = line.left() - left;
        float rightGap = right - line.right();
        if (leftGap >= line.size() * 0.5f && Math.abs(leftGap - rightGap) <= Math.max(line.size() * 0.75f, 3f)) {
            return Alignment.CENTER;
        }
        if (leftGap > width() * 0.35f && rightGap <= line.size() * 4) {
            return Alignment.RIGHT;
        }
        return Alignment.LEFT;
    }

    /** First-line indent: the line starts more than one character in from the left margin. */
    boolean isIndented(TextLine line) {
        return line.left() - left > line.size() * 1.2f;
    }

    /** The line runs from margin to margin. */
    boolean isFull(TextLine line) {
        return line.left() - left <= line.size() * 0.5f && right - line.right() <= line.size();
    }

    /** Ended early: the next line's first word would have fitted into what is left of this one. */
    boolean endsShort(TextLine line, TextLine next) {
        return right - line.right() > next.firstWordWidth() + line.size();
    }

    /** A gap between two lines clearly wider than the usual distance of lines of their size. */
    boolean isGapBetween(TextLine line, TextLine next) {
        float pitch = pitches.getOrDefault(Math.round(line.size()), DEFAULT_PITCH);
        return next.baseline() - line.baseline() > (pitch + 0.4f) * line.size();
    }

    /** The outermost margin shared by at least two lines, or the outermost one when none is shared. */
    private static float sharedEdge(float[] values, boolean leftmost) {
        if (values.length == 0) {
            return 0;
        }
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        if (!leftmost) {
            for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
                float swap = sorted[i];
                sorted[i] = sorted[j];
                sorted[j] = swap;
            }
        }
        for (int i = 1; i < sorted.length; i++) {
            if (Math.abs(sorted[i] - sorted[i - 1]) <= SAME_EDGE) {
                return sorted[i - 1];
            }
        }
        return sorted[0];
    }

    /** Median baseline distance of neighbouring lines of equal size, in font sizes, per font size. */
    private static Map<Integer, Float> pitches(List<TextLine> lines) {
        Map<Integer, List<Float>> ratios = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            TextLine a = lines.get(i - 1);
            TextLine b = lines.get(i);
            float distance = b.baseline() - a.baseline();
            if (distance > 0 && Math.abs(a.size() - b.size()) < 0.5f) {
                ratios.computeIfAbsent(Math.round(a.size()), k -> new ArrayList<>()).add(distance / a.size());
            }
        }
        Map<Integer, Float> medians = new HashMap<>();
        ratios.forEach((size, values) -> {
            values.sort(null);
            medians.put(size, values.get(values.size() / 2));
        });
        return medians;
    }
}
