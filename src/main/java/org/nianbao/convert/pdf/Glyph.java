package org.nianbao.convert.pdf;

import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * One drawn character of a page: its text, the left edge and baseline (points, y down), its advance
 * width, the font size and whether the font is a bold or 黑体 face.
 */
record Glyph(String text, float x, float baseline, float width, float size, boolean bold) {

    /** Share of the font size a CJK glyph rises above its baseline, to place the glyph's middle. */
    private static final float MIDDLE_ABOVE_BASELINE = 0.35f;

    /**
     * The glyph as placed on the displayed page. Text running the way the page reads uses PDFBox's
     * direction-adjusted coordinates; text turned against it (a label written bottom to top) keeps its
     * place on the page, so that it still lands in the right table cell.
     */
    static Glyph of(TextPosition position, boolean strokedFill, int pageRotation) {
        float size = position.getYScale() > 0 ? position.getYScale() : position.getFontSizeInPt();
        boolean upright = Math.floorMod(Math.round(position.getDir()), 360) == pageRotation;
        float x = upright ? position.getXDirAdj() : position.getX();
        float baseline = upright ? position.getYDirAdj() : position.getY();
        float width = upright ? position.getWidthDirAdj() : Math.max(position.getWidth(), 0f);
        return new Glyph(repairRadicals(position.getUnicode()), x, baseline, width, Math.max(Math.abs(size), 1f),
                strokedFill || isBoldFace(position.getFont()));
    }

    float right() {
        return x + width;
    }

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - size * MIDDLE_ABOVE_BASELINE;
    }

    boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Bold when the font says so: a Bold/Black face name, a 黑体 face (SimHei, STHeiti; not the regular
     * text face 微软雅黑 YaHei), or a heavy weight in the descriptor.
     */
    static boolean isBoldFace(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("黑体")
                || (name.contains("hei") && !name.contains("yahei"))) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 700);
    }

    /**
     * Some fonts map shared CJK glyphs to Kangxi radicals (⼯ U+2F2F instead of 工); NFKC turns them back
     * into the ideographs every reader expects.
     */
    private static String repairRadicals(String unicode) {
        if (unicode == null) {
            return "";
        }
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= '\u2E80' && c <= '\u2FDF') {
                return Normalizer.normalize(unicode, Normalizer.Form.NFKC);
            }
        }
        return unicode;
    }
}
