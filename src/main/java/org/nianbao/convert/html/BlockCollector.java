package org.nianbao.convert.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nianbao.convert.Block;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.Paragraph.Alignment;
import org.nianbao.convert.Cell;
import org.nianbao.convert.Table;
import org.nianbao.convert.TableBlock;

/**
 * Walks the report body and emits blocks in reading order: every line (a block element, or a run of text
 * ended by {@code <br>}) becomes a Paragraph, every data table a TableBlock. Tables used for page layout
 * (they hold other tables or long prose) are walked into instead. Empty lines are kept: in a table
 * flattened one cell per line, an empty line is an empty cell.
 */
final class BlockCollector {

    private static final int LAYOUT_CELL_TEXT = 300;
    private static final int LONGEST_HINTED_LINE = 100;

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int boldChars;
    private int lineChars;
    private Element lineOwner;

    static List<Block> collect(Element body) {
        BlockCollector collector = new BlockCollector();
        collector.walk(body, false);
        collector.flush();
        return collector.blocks;
    }

    private void walk(Element element, boolean bold) {
        for (int i = 0, size = element.childNodeSize(); i < size; i++) {
            Node child = element.childNode(i);
            if (child instanceof TextNode text) {
                append(text.getWholeText(), bold, element);
            } else if (child instanceof Element e) {
                visit(e, bold || isBold(e));
            }
        }
    }

    private void visit(Element e, boolean bold) {
        String tag = e.normalName();
        switch (tag) {
            case "script", "style", "noscript", "iframe", "object", "select", "button", "input" -> {
            }
            case "br" -> flushKeepingEmpty(e);
            case "table" -> {
                flush();
                Table grid = hasNestedTable(e) ? null : HtmlTableGrid.of(e);
                if (grid == null || holdsProse(grid)) {
                    walkCells(e, bold);
                } else {
                    blocks.add(new TableBlock(grid, true, 0));
                }
            }
            default -> {
                if (CellText.startsLine(e)) {
                    flush();
                    lineOwner = e;
                    walk(e, bold);
                    flushKeepingEmpty(e);
                } else {
                    walk(e, bold);
                }
            }
        }
    }

    private void append(String text, boolean bold, Element parent) {
        if (lineOwner == null) {
            lineOwner = parent;
        }
        line.append(text);
        int visible = visibleLength(text);
        lineChars += visible;
        if (bold) {
            boldChars += visible;
        }
    }

    /** Ends the current line; an empty line at a {@code <br>} or an empty block is kept as an empty paragraph. */
    private void flushKeepingEmpty(Element at) {
        if (lineIsBlank() && (at.normalName().equals("br") || at.childNodeSize() > 0)) {
            if (at.normalName().equals("br") && lineOwner == null) {
                lineOwner = at;
            }
            emit("");
            return;
        }
        flush();
    }

    /** The current line holds only whitespace and no-break spaces (read in place, without a copy). */
    private boolean lineIsBlank() {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\u00a0' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private void flush() {
        if (line.length() == 0) {
            // Nothing to emit: the line state is reset below without tidying an empty string.
            boldChars = 0;
            lineChars = 0;
            lineOwner = null;
            return;
        }
        String text = CellText.tidy(line).replace('\n', ' ');
        if (!text.isEmpty()) {
            emit(text);
        }
        line.setLength(0);
        boldChars = 0;
        lineChars = 0;
        lineOwner = null;
    }

    private void emit(String text) {
        Element owner = lineOwner;
        boolean bold = lineChars > 0 && boldChars == lineChars;
        // Layout hints matter for headings, titles and signature lines, which are short; a line of prose
        // is plain body text, so its ancestors need not be looked at.
        boolean mayBeHeading = text.length() <= LONGEST_HINTED_LINE;
        blocks.add(new Paragraph(text, mayBeHeading ? headingLevel(owner) : 0, bold,
                mayBeHeading ? alignment(owner) : Alignment.LEFT, 0));
        line.setLength(0);
        boldChars = 0;
        lineChars = 0;
        lineOwner = null;
    }

    private static int visibleLength(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Nothing above U+3000 or in printable ASCII is whitespace (see BodyLocator).
            if (c > '\u3000' || (c > ' ' && c < '\u007f') || (!Character.isWhitespace(c) && c != '\u00a0')) {
                n++;
            }
        }
        return n;
    }

    private static boolean isHeadingTag(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** A table used for page layout is read cell by cell as ordinary content. */
    private void walkCells(Element table, boolean bold) {
        for (Element row : HtmlTableGrid.rowsOf(table)) {
            for (Element cell : ChildElements.of(row)) {
                walk(cell, bold);
                flush();
            }
        }
    }

    /** Tables that hold other tables lay out a page; data tables do not nest. */
    private static boolean hasNestedTable(Element table) {
        return ChildElements.hasTableBelow(table);
    }

    /** A cell of long prose means the table lays out text rather than holding figures. */
    private static boolean holdsProse(Table grid) {
        for (List<Cell> row : grid.rows()) {
            for (Cell cell : row) {
                if (cell.text().length() > LAYOUT_CELL_TEXT) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isBold(Element e) {
        String tag = e.normalName();
        if (tag.equals("b") || tag.equals("strong")) {
            return true;
        }
        if (!e.hasAttr("style")) {
            return false;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT);
        return style.contains("font-weight:bold")
                || style.contains("font-weight: bold") || style.contains("黑体") || style.contains("simhei");
    }

    private static int headingLevel(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (isHeadingTag(p.normalName())) {
                return p.normalName().charAt(1) - '0';
            }
            if (CellText.startsLine(p)) {
                return 0;
            }
        }
        return 0;
    }

    private static Alignment alignment(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String align = p.hasAttr("align") ? p.attr("align").toLowerCase(Locale.ROOT) : "";
            String style = p.hasAttr("style") ? p.attr("style").toLowerCase(Locale.ROOT).replace(" ", "") : "";
            if (align.equals("right") || style.contains("text-align:right")) {
                return Alignment.RIGHT;
            }
            if (align.equals("center") || style.contains("text-align:center") || p.normalName().equals("center")) {
                return Alignment.CENTER;
            }
            if (CellText.startsLine(p) && !p.normalName().equals("div")) {
                return Alignment.LEFT;
            }
        }
        return Alignment.LEFT;
    }
}
