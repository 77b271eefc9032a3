package org.nianbao.convert.pdf;

/**
 * Joins pieces of text that a line break separated. Chinese has no spaces between words, so a break
 * is simply removed; only between two Latin letters or digits does it stand for a space.
 */
final class CjkText {

    private CjkText() {
    }

    static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        if (second.isEmpty()) {
            return first;
        }
        boolean spaced = isLatinOrDigit(first.charAt(first.length() - 1)) && isLatinOrDigit(second.charAt(0));
        return spaced ? first + " " + second : first + second;
    }

    static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
