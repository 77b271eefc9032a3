package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.convert.Block;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.Paragraph.Alignment;

/**
 * Joins lines into paragraphs. A paragraph ends where the next line is indented (the Chinese two-character
 * first-line indent), where a line ended well before the right margin, where the next line starts like a
 * heading (一、 or （一）), where the font size changes, or where the gap to the next line is clearly
 * wider than usual; centred and right-aligned lines start further in, so they stand alone. A paragraph
 * is centred or right-aligned only when all its lines are. A paragraph may run on across a page break.
 */
final class ParagraphBuilder {

    private static final Pattern HEADING_START = Pattern.compile("^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])");
    /** Font sizes further apart than this (points) are different kinds of text. */
    private static final float SIZE_CHANGE = 1f;

    private final TextColumn column;
    private final List<Block> out;
    private final List<TextLine> lines = new ArrayList<>();
    private int firstPage;
    private int lastPage;

    ParagraphBuilder(TextColumn column, List<Block> out) {
        this.column = column;
        this.out = out;
    }

    void add(TextLine line, int page) {
        if (!lines.isEmpty() && startsParagraph(lines.get(lines.size() - 1), page == lastPage, line)) {
            flush();
        }
        if (lines.isEmpty()) {
            firstPage = page;
        }
        lines.add(line);
        lastPage = page;
    }

    /** Ends the paragraph being built, if any (a table or the end of the document follows). */
    void flush() {
        if (lines.isEmpty()) {
            return;
        }
        String text = "";
        int boldLines = 0;
        for (TextLine line : lines) {
            text = CjkText.join(text, line.text());
            boldLines += line.bold() ? 1 : 0;
        }
        Alignment alignment = alignment();
        out.add(new Paragraph(text, 0, boldLines * 2 > lines.size(), alignment, firstPage));
        lines.clear();
    }

    /**
     * Centred or right-aligned when every line is; also centred when only the last line is and every
     * line before it fills the column (a long title that wrapped).
     */
    private Alignment alignment() {
        Alignment last = column.alignmentOf(lines.get(lines.size() - 1));
        for (TextLine line : lines.subList(0, lines.size() - 1)) {
            Alignment own = column.alignmentOf(line);
            if (own != last && !(last == Alignment.CENTER && column.isFull(line))) {
                return Alignment.LEFT;
            }
        }
        return last;
    }

    /** The last, centred line of a centred paragraph that filled the lines before it. */
    private boolean isCentredLastLine(TextLine previous, TextLine line) {
        return column.alignmentOf(line) == Alignment.CENTER && column.isFull(previous);
    }

    private boolean startsParagraph(TextLine previous, boolean samePage, TextLine line) {
        if (HEADING_START.matcher(line.text()).find()) {
            return true;
        }
        if (Math.abs(previous.size() - line.size()) > SIZE_CHANGE) {
            return true;
        }
        if (column.endsShort(previous, line)) {
            return true;
        }
        if (column.isIndented(line) && !isCentredLastLine(previous, line)) {
            return true;
        }
        return samePage && column.isGapBetween(previous, line);
    }
}
