package org.nianbao.extract;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form in which printed labels are compared: NFKC (full-width digits and brackets become ASCII),
 * no whitespace at all (headers split over lines, "商业 企业"), no table pipes, and Chinese quotes
 * folded, so every variant of a template label compares equal.
 */
final class LabelText {

    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[.、．)）]|[(（]\\d{1,2}[)）])");

    private LabelText() {
    }

    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);
            } else if (!(c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x3035) || c == '“' || c == '”')) {
                return strip(Normalizer.normalize(text, Normalizer.Form.NFKC));
            }
            appendFolded(out, c);
        }
        return out.toString();
    }

    /**
     * The general path: the JDK normalizer. Most labels and cells hold only ASCII, unified CJK ideographs,
     * CJK punctuation and full-width forms, whose NFKC images are known (full-width forms map to ASCII),
     * so {@link #normalize} folds those itself and calls the normalizer only for anything else.
     */
    private static String strip(String nfkc) {
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            appendFolded(out, nfkc.charAt(i));
        }
        return out.toString();
    }

    private static void appendFolded(StringBuilder out, char c) {
        if (Character.isWhitespace(c) || c == '\u00a0' || c == '|' || c == '｜') {
            return;
        }
        out.append(c == '“' || c == '”' ? '"' : c);
    }

    /** The normalized label without its leading ordinal ("(三)", "1.", "二、"). */
    static String core(String text) {
        return coreOfNormalized(normalize(text));
    }

    static String coreOfNormalized(String normalized) {
        if (normalized.isEmpty() || !mayStartWithOrdinal(normalized.charAt(0))) {
            return normalized;
        }
        String n = normalized;
        String previous;
        do {
            previous = n;
            n = ORDINAL.matcher(n).replaceFirst("");
        } while (!n.equals(previous) && !n.isEmpty());
        return n;
    }

    private static boolean mayStartWithOrdinal(char c) {
        return c == '(' || c == '（' || (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** All whitespace removed, nothing else changed: the form of {@code blankCells[].raw}. */
    static String withoutSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '|' && c != '｜') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
