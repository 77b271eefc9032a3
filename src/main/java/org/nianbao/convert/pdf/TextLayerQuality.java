package org.nianbao.convert.pdf;

import java.util.List;

/**
 * How far a page's text layer can be trusted. Broken layers show as replacement characters (U+FFFD),
 * private-use or control characters (codes passed through without a mapping), glyphs with no Unicode
 * at all, or — for a Chinese report — letters that are mostly not Chinese (GBK bytes read as Latin-1).
 */
record TextLayerQuality(int glyphs, int broken, int letters, int cjk) {

    /** Pages with fewer characters than this are too short to judge. */
    private static final int MIN_GLYPHS = 10;
    private static final double MAX_BROKEN_SHARE = 0.05;
    private static final int MIN_LETTERS = 20;
    private static final double MIN_CJK_SHARE = 0.3;

    static TextLayerQuality of(List<Glyph> glyphs, int unmapped) {
        int total = unmapped;
        int broken = unmapped;
        int letters = 0;
        int cjk = 0;
        for (Glyph glyph : glyphs) {
            String text = glyph.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    continue;
                }
                total++;
                if (isBroken(cp)) {
                    broken++;
                } else if (Character.isLetter(cp)) {
                    letters++;
                    cjk += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 1 : 0;
                }
            }
        }
        return new TextLayerQuality(total, broken, letters, cjk);
    }

    boolean trustworthy() {
        if (glyphs < MIN_GLYPHS) {
            return true;
        }
        if (broken > glyphs * MAX_BROKEN_SHARE) {
            return false;
        }
        return letters < MIN_LETTERS || cjk >= letters * MIN_CJK_SHARE;
    }

    /** Why the page is not trusted, for a clerk: which share of what looked wrong. */
    String problem() {
        if (broken > glyphs * MAX_BROKEN_SHARE) {
            return String.format(java.util.Locale.ROOT, "%d of %d characters have no readable Unicode value",
                    broken, glyphs);
        }
        return String.format(java.util.Locale.ROOT, "only %d of %d letters are Chinese characters", cjk, letters);
    }

    private static boolean isBroken(int cp) {
        return cp == 0xFFFD
                || (cp >= 0xE000 && cp <= 0xF8FF)
                || Character.getType(cp) == Character.CONTROL;
    }
}
