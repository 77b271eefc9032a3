package org.nianbao.convert.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nianbao.convert.Block;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.Table;
import org.nianbao.convert.TableBlock;
import org.w3c.dom.Element;

/**
 * Turns a {@code w:tbl} into a true grid: {@code w:gridSpan} and {@code w:vMerge} expanded,
 * {@code w:gridBefore} padded, a cell's paragraphs joined with {@code \n}. A table nested in a cell
 * becomes its own block right after the outer table, so its text is not mixed into the cell.
 */
final class TableReader {

    /** Reads the block content of a cell; the body reader, so cells hold what the body can hold. */
    @FunctionalInterface
    interface ContentReader {
        List<Block> read(Element container) throws ConversionException;
    }

    private static final int MAX_WORD_COLUMNS = 63;

    private final ContentReader content;
    private final Deadline deadline;

    TableReader(ContentReader content, Deadline deadline) {
        this.content = content;
        this.deadline = deadline;
    }

    /** The table, followed by the tables nested in its cells. */
    List<Block> read(Element tbl) throws ConversionException {
        List<Block> nested = new ArrayList<>();
        List<GridRow> rows = new ArrayList<>();
        for (Element tr : descendants(tbl, "tr")) {
            deadline.check();
            rows.add(row(tr, nested));
        }
        int declaredWidth = WordXml.child(tbl, "tblGrid")
                .map(grid -> (int) WordXml.children(grid).stream().filter(c -> WordXml.isW(c, "gridCol")).count())
                .orElse(0);
        Table table = GridExpander.expand(rows, declaredWidth);
        List<Block> out = new ArrayList<>(1 + nested.size());
        out.add(new TableBlock(table, true, 0));
        out.addAll(nested);
        return out;
    }

    private GridRow row(Element tr, List<Block> nested) throws ConversionException {
        int before = WordXml.child(tr, "trPr").flatMap(p -> WordXml.childVal(p, "gridBefore"))
                .map(v -> count(v, 0)).orElse(0);
        List<GridCell> cells = new ArrayList<>();
        for (Element tc : descendants(tr, "tc")) {
            cells.add(cell(tc, nested));
        }
        return new GridRow(before, cells);
    }

    private GridCell cell(Element tc, List<Block> nested) throws ConversionException {
        List<Block> blocks = content.read(tc);
        String text = blocks.stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text())
                .collect(Collectors.joining("\n"));
        blocks.stream().filter(TableBlock.class::isInstance).forEach(nested::add);
        Optional<Element> tcPr = WordXml.child(tc, "tcPr");
        int span = tcPr.flatMap(p -> WordXml.childVal(p, "gridSpan")).map(v -> count(v, 1)).orElse(1);
        VerticalMerge merge = tcPr.flatMap(p -> WordXml.child(p, "vMerge"))
                .map(v -> "restart".equals(WordXml.val(v)) ? VerticalMerge.RESTART : VerticalMerge.CONTINUE)
                .orElse(VerticalMerge.NONE);
        return new GridCell(text, span, merge);
    }

    /**
     * The {@code w:localName} children of {@code parent}, looking through the content controls and
     * custom-XML wrappers Word may put around rows and cells.
     */
    private static List<Element> descendants(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element child : WordXml.children(parent)) {
            if (WordXml.isW(child, localName)) {
                found.add(child);
            } else if (WordXml.isW(child, "sdt") || WordXml.isW(child, "sdtContent") || WordXml.isW(child, "customXml")) {
                found.addAll(descendants(child, localName));
            }
        }
        return found;
    }

    /**
     * A column count from the file, at least {@code min}. Word tables have at most 63 columns, so a
     * larger count is damage or an attempt to make the grid huge; it is cut to that.
     */
    private static int count(String value, int min) {
        try {
            return Math.max(min, Math.min(Integer.parseInt(value.strip()), MAX_WORD_COLUMNS));
        } catch (NumberFormatException e) {
            // Not a number: read as the smallest count, which keeps the cell and its text.
            return min;
        }
    }
}
