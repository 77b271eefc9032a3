package org.nianbao.extract;

import java.text.Normalizer;

/**
 * The form in which printed labels are compared: NFKC (full-width digits and brackets become ASCII),
 * no whitespace at all (headers split over lines, "商业 企业"), no table pipes, and Chinese quotes
 * folded, so every variant of a template label compares equal.
 */
final class LabelText {

    private LabelText() {
    }

    static String normalize(String text) {
        // A char buffer rather than a StringBuilder: a builder starts in Latin-1 and is copied as soon as
        // the first Chinese character arrives, and most labels hold both.
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);
            } else if (!(c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x3035) || c == '“' || c == '”')) {
                return strip(Normalizer.normalize(text, Normalizer.Form.NFKC));
            }
            if (!isDropped(c)) {
                out[n++] = folded(c);
            }
        }
        return new String(out, 0, n);
    }

    /**
     * The general path: the JDK normalizer. Most labels and cells hold only ASCII, unified CJK ideographs,
     * CJK punctuation and full-width forms, whose NFKC images are known (full-width forms map to ASCII),
     * so {@link #normalize} folds those itself and calls the normalizer only for anything else.
     */
    private static String strip(String nfkc) {
        char[] out = new char[nfkc.length()];
        int n = 0;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (!isDropped(c)) {
                out[n++] = folded(c);
            }
        }
        return new String(out, 0, n);
    }

    private static boolean isDropped(char c) {
        if (c >= 0x4E00 && c <= 0x9FFF) {
            // Ideographs, the bulk of every label: never whitespace or a pipe.
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00a0' || c == '|' || c == '｜';
    }

    private static char folded(char c) {
        return c == '“' || c == '”' ? '"' : c;
    }

    /** The normalized label without its leading ordinal ("(三)", "1.", "二、"). */
    static String core(String text) {
        return coreOfNormalized(normalize(text));
    }

    static String coreOfNormalized(String normalized) {
        String n = normalized;
        int length;
        while (!n.isEmpty() && (length = ordinalLength(n)) > 0) {
            n = n.substring(length);
        }
        return n;
    }

    /**
     * The length of the ordinal {@code n} starts with, or 0: "(三)" or "（十二）", "二、" or "十一.", "1." or "12）",
     * "(1)" or "（12）", read by hand (one pattern
     * match per label cost more than the rest of its normalization).
     */
    static int ordinalLength(String n) {
        char first = n.charAt(0);
        if (!mayStartWithOrdinal(first)) {
            return 0;
        }
        if (first == '(' || first == '（') {
            int numerals = runOf(n, 1, true);
            if (numerals >= 1 && numerals <= 3 && isClosing(n, 1 + numerals)) {
                return numerals + 2;
            }
            int digits = runOf(n, 1, false);
            return digits >= 1 && digits <= 2 && isClosing(n, 1 + digits) ? digits + 2 : 0;
        }
        if (first >= '0' && first <= '9') {
            int digits = runOf(n, 0, false);
            return digits <= 2 && digits < n.length() && ".、．)）".indexOf(n.charAt(digits)) >= 0 ? digits + 1 : 0;
        }
        int numerals = runOf(n, 0, true);
        return numerals <= 3 && numerals < n.length() && "、.．".indexOf(n.charAt(numerals)) >= 0 ? numerals + 1 : 0;
    }

    /** How many Chinese numerals (or ASCII digits) follow from {@code from}. */
    private static int runOf(String n, int from, boolean chinese) {
        int i = from;
        while (i < n.length() && (chinese ? "一二三四五六七八九十".indexOf(n.charAt(i)) >= 0 : n.charAt(i) >= '0' && n.charAt(i) <= '9')) {
            i++;
        }
        return i - from;
    }

    private static boolean isClosing(String n, int at) {
        return at < n.length() && (n.charAt(at) == ')' || n.charAt(at) == '）');
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
