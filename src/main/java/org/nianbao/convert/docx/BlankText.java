package org.nianbao.convert.docx;

/**
 * Whether text prints as nothing. Unlike {@link String#isBlank()} this counts no-break spaces as
 * blank: Word users (and converters from web pages) fill empty paragraphs and cells with them.
 */
public final class BlankText {

    private BlankText() {
    }

    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
