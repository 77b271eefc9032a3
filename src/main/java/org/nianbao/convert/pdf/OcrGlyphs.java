package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.convert.ocr.ImageLine;
import org.nianbao.convert.ocr.OcrPage;
import org.nianbao.convert.ocr.RecognizedChar;
import org.nianbao.convert.ocr.RecognizedText;

/**
 * Turns what OCR read on a page into the page content a text layer gives: one glyph per recognised
 * character and one ruling per image line, in points ({@code scale} image pixels per point). The
 * characters of one box touch (no word gap inside a box), each placed around the spot the recogniser
 * read it at, so that the table finder drops it into the cell whose lines enclose it.
 */
final class OcrGlyphs {

    /** Font size as a share of a detected box's height (the box has a margin around the ink). */
    private static final float SIZE_OF_BOX = 0.75f;
    /** The glyph's middle lies this share of its size above the baseline (as {@link Glyph#centerY()} assumes). */
    private static final float MIDDLE_ABOVE_BASELINE = 0.35f;

    private OcrGlyphs() {
    }

    static PageContent content(int number, OcrPage page, float scale) {
        List<Glyph> glyphs = new ArrayList<>();
        for (RecognizedText text : page.texts()) {
            addGlyphs(text, scale, glyphs);
        }
        List<Ruling> rulings = new ArrayList<>(page.lines().size());
        for (ImageLine line : page.lines()) {
            rulings.add(new Ruling(line.horizontal(), (float) (line.position() / scale), line.from() / scale,
                    (line.to() + 1) / scale));
        }
        return new PageContent(number, page.width() / scale, page.height() / scale, glyphs, rulings, true, 0);
    }

    private static void addGlyphs(RecognizedText text, float scale, List<Glyph> glyphs) {
        List<RecognizedChar> chars = text.chars();
        boolean number = isNumber(chars);
        float size = text.box().height() * SIZE_OF_BOX / scale;
        float middle = (text.box().top() + text.box().bottom()) / 2f / scale;
        float baseline = middle + size * MIDDLE_ABOVE_BASELINE;
        float boxLeft = text.box().left() / scale;
        float boxRight = text.box().right() / scale;
        for (int i = 0; i < chars.size(); i++) {
            RecognizedChar c = chars.get(i);
            float center = (float) c.centerX() / scale;
            float half = halfWidth(c.text(), size);
            float left = i == 0 ? Math.max(boxLeft, center - half)
                    : (float) ((chars.get(i - 1).centerX() + c.centerX()) / 2 / scale);
            float right = i == chars.size() - 1 ? Math.min(boxRight, center + half)
                    : (float) ((c.centerX() + chars.get(i + 1).centerX()) / 2 / scale);
            String shown = number && ZERO_LOOKALIKES.contains(c.text()) ? "0" : c.text();
            glyphs.add(new Glyph(shown, left, baseline, Math.max(right - left, 0.1f), size, false));
        }
    }

    /** Shapes the recogniser reads for a zero standing among digits (or alone in a cell). */
    private static final java.util.Set<String> ZERO_LOOKALIKES = java.util.Set.of("〇", "O", "o", "○");

    /** A box of digits (with a decimal point) in which the zero-like shapes can only be zeros. */
    private static boolean isNumber(List<RecognizedChar> chars) {
        if (chars.isEmpty()) {
            return false;
        }
        for (RecognizedChar c : chars) {
            String t = c.text();
            boolean digit = t.length() == 1 && (Character.isDigit(t.charAt(0)) || t.equals("."));
            if (!digit && !ZERO_LOOKALIKES.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static float halfWidth(String text, float size) {
        boolean wide = !text.isEmpty() && CjkText.isWide(text.charAt(0));
        return wide ? size / 2 : size / 4;
    }
}
