package org.nianbao.convert.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element as a person reads it: inline runs joined without gaps (Word-pasted pages split
 * one number over several spans), line breaks at {@code <br>} and block boundaries, non-breaking spaces
 * as spaces, lines trimmed.
 */
final class CellText {

    private CellText() {
    }

    static String of(Element element) {
        if (element.childNodeSize() == 1 && element.childNode(0) instanceof TextNode only) {
            return tidy(only.getWholeText());
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element e && (e.normalName().equals("br") || startsLine(e)) && depth > 0) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && startsLine(e) && depth > 0) {
                    out.append('\n');
                }
            }
        }, element);
        return tidy(out.toString());
    }

    static boolean startsLine(Element e) {
        return switch (e.normalName()) {
            case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
                    "blockquote", "center", "ul", "ol", "dd", "dt", "pre" -> true;
            default -> false;
        };
    }

    /** Folds runs of spaces (including no-break and ideographic spaces) inside lines and drops empty lines. */
    static String tidy(CharSequence raw) {
        // A char buffer, not a StringBuilder: a builder starts in Latin-1 and is copied at the first
        // Chinese character. A line break or a space is written only before the next visible character.
        char[] out = new char[raw.length()];
        int n = 0;
        boolean pendingSpace = false;
        boolean pendingBreak = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            // Ideographs, full-width forms and printable ASCII are never whitespace (the common case).
            boolean plain = c > '\u3000' || (c > ' ' && c < '\u007f');
            if (!plain && c == '\n') {
                pendingBreak = n > 0;
                pendingSpace = false;
                continue;
            }
            if (!plain && (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || Character.isWhitespace(c))) {
                pendingSpace = n > 0 && !pendingBreak;
                continue;
            }
            if (pendingBreak) {
                out[n++] = '\n';
            } else if (pendingSpace) {
                out[n++] = ' ';
            }
            pendingBreak = false;
            pendingSpace = false;
            out[n++] = c;
        }
        return new String(out, 0, n);
    }
}
