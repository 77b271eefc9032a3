package org.nianbao.summary.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width. Chinese may break between any two characters, except that a
 * closing punctuation mark never starts a line (it hangs at the end of the previous one) and a run of
 * Latin letters or digits (a number such as 1062.82) is kept whole.
 */
final class TextWrap {

    private static final String NO_LINE_START = "，。、；：？！）】》”’,.;:?!)]";

    private TextWrap() {
    }

    static List<String> lines(String text, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrap(paragraph, font, size, width, out);
        }
        return out;
    }

    /**
     * The same number of lines as {@link #lines}, but each as short as that allows: a narrow table header
     * reads 商业 / 企业 rather than 商业企 / 业.
     */
    static List<String> balanced(String text, PDFont font, float size, float width) throws IOException {
        List<String> best = lines(text, font, size, width);
        if (best.size() < 2) {
            return best;
        }
        float low = 0;
        float high = width;
        while (high - low > 0.5f) {
            float mid = (low + high) / 2;
            List<String> tried = lines(text, font, size, mid);
            if (tried.size() == best.size()) {
                best = tried;
                high = mid;
            } else {
                low = mid;
            }
        }
        return best;
    }

    private static void wrap(String text, PDFont font, float size, float width, List<String> out) throws IOException {
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (String piece : pieces(text)) {
            float w = width(piece, font, size);
            boolean fits = used + w <= width || line.length() == 0 || NO_LINE_START.indexOf(piece.charAt(0)) >= 0;
            if (!fits) {
                out.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(piece);
            used += w;
        }
        out.add(line.toString());
    }

    /** Single characters, except that runs of ASCII letters and digits stay together. */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            while (isWordChar(text.charAt(i)) && end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }
}
