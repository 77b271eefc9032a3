package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into lines: glyphs whose baselines lie within a fraction of the font size belong to one
 * line (the larger size counts, so that a superscript stays on its line), ordered left to right. Words
 * are separated where the content stream has a space glyph or where a gap is wider than a third of the
 * font size; a glyph printed twice on the same spot (a common fake bold) is kept once, as bold.
 */
final class LineBuilder {

    private static final float SAME_LINE = 0.5f;
    private static final float WORD_GAP = 0.3f;
    private static final float DUPLICATE_OFFSET = 0.25f;

    private LineBuilder() {
    }

    static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float baseline = 0;
        float size = 0;
        for (Glyph glyph : sorted) {
            if (!current.isEmpty() && Math.abs(glyph.baseline() - baseline) > SAME_LINE * Math.max(size, glyph.size())) {
                addLine(current, lines);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = glyph.baseline();
                size = glyph.size();
            }
            current.add(glyph);
        }
        addLine(current, lines);
        return lines;
    }

    /** One line of the glyphs of both lines (a cell printed a little below its row joins the row). */
    static TextLine merged(TextLine upper, TextLine lower) {
        List<Glyph> glyphs = new ArrayList<>(upper.glyphs());
        glyphs.addAll(lower.glyphs());
        List<TextLine> out = new ArrayList<>(1);
        addLine(glyphs, out);
        return out.isEmpty() ? upper : out.get(0);
    }

    private static void addLine(List<Glyph> glyphs, List<TextLine> lines) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder();
        List<Glyph> kept = new ArrayList<>();
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            if (previous != null && isDuplicate(previous, glyph)) {
                // Printing a glyph twice, a hair apart, is how some producers fake bold.
                previous = new Glyph(previous.text(), previous.x(), previous.baseline(), previous.width(),
                        previous.size(), true);
                kept.set(kept.size() - 1, previous);
                continue;
            }
            if (previous != null && !glyph.isBlank() && !previous.isBlank()
                    && glyph.x() - previous.right() > WORD_GAP * glyph.size()) {
                text.append(' ');
            }
            text.append(glyph.isBlank() ? " " : glyph.text());
            kept.add(glyph);
            previous = glyph;
        }
        String stripped = text.toString().strip();
        if (!stripped.isEmpty()) {
            lines.add(measure(kept, stripped));
        }
    }

    private static TextLine measure(List<Glyph> glyphs, String text) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        int bold = 0;
        int visible = 0;
        float[] sizes = new float[glyphs.size()];
        float[] baselines = new float[glyphs.size()];
        for (Glyph glyph : glyphs) {
            if (glyph.isBlank()) {
                continue;
            }
            left = Math.min(left, glyph.x());
            right = Math.max(right, glyph.right());
            bold += glyph.bold() ? 1 : 0;
            sizes[visible] = glyph.size();
            baselines[visible++] = glyph.baseline();
        }
        return new TextLine(glyphs, text, left, right, median(baselines, visible), median(sizes, visible),
                bold * 2 > visible);
    }

    private static boolean isDuplicate(Glyph previous, Glyph glyph) {
        return previous.text().equals(glyph.text()) && !glyph.isBlank()
                && Math.abs(glyph.x() - previous.x()) < DUPLICATE_OFFSET * Math.max(glyph.width(), 1f);
    }

    private static float median(float[] values, int count) {
        float[] copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        return copy[count / 2];
    }
}
