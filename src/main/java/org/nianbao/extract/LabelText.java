package org.nianbao.extract;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form in which printed labels are compared: NFKC (full-width digits and brackets become ASCII),
 * no whitespace at all (headers split over lines, "商业 企业"), no table pipes, and Chinese quotes
 * folded, so every variant of a template label compares equal.
 */
final class LabelText {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000|｜]+");
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[.、．)）]|[(（]\\d{1,2}[)）])");

    private LabelText() {
    }

    static String normalize(String text) {
        String nfkc = isNfkcStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '|' || c == '｜') {
                continue;
            }
            out.append(c == '“' || c == '”' ? '"' : c);
        }
        return out.toString();
    }

    /**
     * True when NFKC cannot change the text: ASCII, unified CJK ideographs and the CJK punctuation block
     * (、。《》…) are their own normal form. Most labels and cells are only that, and skipping the
     * normalizer for them halves the cost of reading a table.
     */
    private static boolean isNfkcStable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stable = c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x303F) || c == '“' || c == '”';
            if (!stable) {
                return false;
            }
        }
        return true;
    }

    /** The normalized label without its leading ordinal ("(三)", "1.", "二、"). */
    static String core(String text) {
        return coreOfNormalized(normalize(text));
    }

    static String coreOfNormalized(String normalized) {
        String n = normalized;
        String previous;
        do {
            previous = n;
            n = ORDINAL.matcher(n).replaceFirst("");
        } while (!n.equals(previous) && !n.isEmpty());
        return n;
    }

    /** All whitespace removed, nothing else changed: the form of {@code blankCells[].raw}. */
    static String withoutSpace(String text) {
        return SPACE.matcher(text).replaceAll("").replace("|", "").replace("｜", "");
    }
}
