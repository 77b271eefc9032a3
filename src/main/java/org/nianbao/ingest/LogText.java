package org.nianbao.ingest;

/**
 * Text received from outside (file and attachment names, mail senders and subjects) made safe to put into
 * one log line: a line break cannot forge a second log line, an escape sequence cannot reach the terminal,
 * a bidirectional override cannot reorder what is shown. Letters of every script stay as they are.
 */
public final class LogText {

    private LogText() {
    }

    /**
     * {@code text} with backslash, line breaks, tabs, control characters (C0, DEL, C1), line and paragraph
     * separators and bidirectional controls written as Java-style escapes: {@code \n}, and ESC as a backslash,
     * {@code u} and {@code 001b}.
     * Null gives the text {@code null}.
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(replacement);
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                return needsEscape(c) ? String.format("\\u%04x", (int) c) : null;
        }
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c)                 // C0, DEL and C1 (ESC, CSI...)
                || c == '\u2028' || c == '\u2029'          // line and paragraph separators
                || (c >= '\u202a' && c <= '\u202e')        // bidirectional embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069')        // bidirectional isolates
                || c == '\u200e' || c == '\u200f'          // direction marks
                || c == '\u061c';
    }
}
