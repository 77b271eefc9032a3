package org.nianbao.convert.pdf;

import java.util.List;

/**
 * One line of text: its glyphs left to right, the text they spell (outer whitespace removed), the
 * extent of its visible glyphs, baseline, typical font size and whether most of it is bold.
 */
record TextLine(List<Glyph> glyphs, String text, float left, float right, float baseline, float size,
        boolean bold) implements PageItem {

    TextLine {
        glyphs = List.copyOf(glyphs);
    }

    @Override
    public float top() {
        return baseline - size;
    }

    /**
     * Width of the line's first unbreakable unit: a Chinese character or a run of Latin letters and
     * digits, with an opening bracket before it and closing punctuation after it (which may not start
     * a line). A line broken before such a unit ends early without ending its paragraph.
     */
    float firstWordWidth() {
        int i = 0;
        while (i < glyphs.size() && glyphs.get(i).isBlank()) {
            i++;
        }
        if (i == glyphs.size()) {
            return 0;
        }
        float start = glyphs.get(i).x();
        while (i < glyphs.size() - 1 && isOpening(glyphs.get(i))) {
            i++;
        }
        if (!isWide(glyphs.get(i))) {
            while (i < glyphs.size() - 1 && !glyphs.get(i + 1).isBlank() && !isWide(glyphs.get(i + 1))) {
                i++;
            }
        }
        while (i < glyphs.size() - 1 && isClosing(glyphs.get(i + 1))) {
            i++;
        }
        return glyphs.get(i).right() - start;
    }

    private static boolean isWide(Glyph glyph) {
        return CjkText.isWide(glyph.text().charAt(0));
    }

    private static boolean isOpening(Glyph glyph) {
        int type = Character.getType(glyph.text().charAt(0));
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    private static boolean isClosing(Glyph glyph) {
        int type = Character.getType(glyph.text().charAt(0));
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
