package org.nianbao.convert.doc;

import org.nianbao.convert.docx.FieldTracker;

/**
 * Turns the raw characters of a .doc story into the text a reader sees. The story marks structure
 * with control characters (paragraph and cell ends, breaks, object anchors) and inlines fields as
 * begin (0x13), instruction, separator (0x14), result, end (0x15); only document text is kept.
 */
final class DocText {

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';
    private static final char LINE_BREAK = '\u000b';
    private static final char NON_BREAKING_HYPHEN = '\u001e';
    private static final char PARAGRAPH_END = '\r';
    private static final char CELL_END = '\u0007';

    /** Shared by all paragraphs: a field may begin in one paragraph and end in another. */
    private final FieldTracker fields = new FieldTracker();

    /** The visible part of {@code raw}, with breaks as {@code \n}. */
    String visible(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case FIELD_BEGIN -> fields.begin();
                case FIELD_SEPARATOR -> fields.separate();
                case FIELD_END -> fields.end();
                case PARAGRAPH_END, CELL_END -> fields.paragraphEnd();
                default -> {
                    if (fields.inInstruction()) {
                        fields.instruction(String.valueOf(c));
                    } else if (fields.visible()) {
                        append(out, c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char c) {
        if (c == LINE_BREAK) {
            out.append('\n');
        } else if (c == NON_BREAKING_HYPHEN) {
            out.append('-');
        } else if (c == '\t' || c >= ' ') {
            out.append(c);
        }
        // Other control characters (paragraph and cell ends, page breaks, picture and footnote
        // anchors, optional hyphens) mark structure or objects, not text.
    }
}
