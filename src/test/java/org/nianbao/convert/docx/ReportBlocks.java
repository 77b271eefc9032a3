package org.nianbao.convert.docx;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.nianbao.convert.Cell;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.TableBlock;

/** Read access to a converter's output the way the report extractor reads it. */
public record ReportBlocks(ParsedDocument document) {

    public List<Paragraph> paragraphs() {
        return document.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    public List<List<List<Cell>>> tables() {
        return document.blocks().stream().filter(TableBlock.class::isInstance)
                .map(b -> ((TableBlock) b).table().rows()).toList();
    }

    /** Whitespace (no-break and full-width spaces included) removed, as the extractor compares text. */
    public static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** True when some cell of {@code table} (whitespace removed) satisfies {@code test}. */
    public static boolean anyCell(List<List<Cell>> table, Predicate<String> test) {
        return table.stream().flatMap(List::stream).anyMatch(c -> test.test(squeeze(c.text())));
    }

    /** The first row with a non-spanned cell whose text (whitespace removed) satisfies {@code label}. */
    public static Optional<List<Cell>> row(List<List<Cell>> table, Predicate<String> label) {
        return table.stream()
                .filter(r -> r.stream().anyMatch(c -> !c.spanned() && label.test(squeeze(c.text()))))
                .findFirst();
    }

    /** The last {@code n} non-spanned cells of {@code row}, as printed. */
    public static List<String> lastValues(List<Cell> row, int n) {
        List<String> values = row.stream().filter(c -> !c.spanned()).map(Cell::text).toList();
        return values.subList(Math.max(0, values.size() - n), values.size());
    }
}
