package org.nianbao.convert.docx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Follows Word fields (begin, instruction, separator, result, end; possibly nested, possibly running
 * across paragraphs) so that only document text is kept: never an instruction such as {@code PAGE},
 * and not the result of a field that only numbers pages, which would put a page number into the text.
 * Results of other fields (a hyperlink's words, a cross-reference) are text the reader sees and stay.
 */
public final class FieldTracker {

    private static final Set<String> PAGE_NUMBER_FIELDS = Set.of("PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION");

    private final Deque<Field> open = new ArrayDeque<>();

    private static final class Field {
        private final StringBuilder instruction = new StringBuilder();
        private boolean inResult;
        private boolean resultHidden;
    }

    /** A field starts; what follows is its instruction. */
    public void begin() {
        open.push(new Field());
    }

    /** A field given whole, as DOCX {@code w:fldSimple} does: its content is the result. */
    public void beginSimple(String instruction) {
        begin();
        instruction(instruction);
        separate();
    }

    /** Part of the innermost field's instruction. */
    public void instruction(CharSequence text) {
        Field field = open.peek();
        if (field != null && !field.inResult) {
            field.instruction.append(text);
        }
    }

    /** The innermost field's result starts. */
    public void separate() {
        Field field = open.peek();
        if (field != null && !field.inResult) {
            field.inResult = true;
            field.resultHidden = numbersPages(field.instruction);
        }
    }

    /** The innermost field ends. An end without a begin (a damaged file) is ignored. */
    public void end() {
        open.poll();
    }

    /**
     * A paragraph ends. Word keeps an instruction, and the result of a page-number field, within one
     * paragraph; such a field still open here is damaged and is dropped, so that it cannot hide the
     * rest of the document. Fields showing their result (a table of contents) may run on.
     */
    public void paragraphEnd() {
        open.removeIf(field -> !field.inResult || field.resultHidden);
    }

    /** True while inside an instruction: characters there are instruction, not text. */
    public boolean inInstruction() {
        Field field = open.peek();
        return field != null && !field.inResult;
    }

    /** True when text at this point is document text. */
    public boolean visible() {
        for (Field field : open) {
            if (!field.inResult || field.resultHidden) {
                return false;
            }
        }
        return true;
    }

    private static boolean numbersPages(CharSequence instruction) {
        String text = instruction.toString().strip();
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\\') {
            end++;
        }
        return PAGE_NUMBER_FIELDS.contains(text.substring(0, end).toUpperCase(Locale.ROOT));
    }
}
