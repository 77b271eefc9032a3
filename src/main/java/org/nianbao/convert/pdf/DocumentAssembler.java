package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.convert.Block;

/**
 * Walks the pages top to bottom and turns their lines and table parts into blocks in reading order:
 * lines into paragraphs, and a table part that opens a page into the continuation of the table that
 * closed the page before, when the two fit.
 */
final class DocumentAssembler {

    private final List<Block> blocks = new ArrayList<>();
    private final ParagraphBuilder paragraphs;
    private TableDraft table;
    private boolean tableClosedPage;

    private DocumentAssembler(TextColumn column) {
        this.paragraphs = new ParagraphBuilder(column, blocks);
    }

    static List<Block> assemble(List<PageText> pages, TextColumn column) {
        DocumentAssembler assembler = new DocumentAssembler(column);
        for (PageText page : pages) {
            assembler.addPage(page);
        }
        assembler.paragraphs.flush();
        assembler.closeTable();
        return List.copyOf(assembler.blocks);
    }

    private void addPage(PageText page) {
        List<PageItem> items = table != null && tableClosedPage ? withOrphanRows(page.items()) : page.items();
        for (int i = 0; i < items.size(); i++) {
            PageItem item = items.get(i);
            if (item instanceof TextLine line) {
                closeTable();
                paragraphs.add(line, page.number());
            } else if (item instanceof TableFragment fragment) {
                addTable(fragment, i == 0);
            }
        }
        tableClosedPage = !items.isEmpty() && items.get(items.size() - 1) instanceof TableFragment;
    }

    /**
     * The page's items with the lines that open it, above its first table part, taken into that part as
     * its first row when they are a row whose rules were drawn on the page before ({@link OrphanRows}).
     */
    private static List<PageItem> withOrphanRows(List<PageItem> items) {
        List<TextLine> lines = new ArrayList<>();
        int i = 0;
        while (i < items.size() && items.get(i) instanceof TextLine line) {
            lines.add(line);
            i++;
        }
        if (lines.isEmpty() || i == items.size()) {
            return items;
        }
        TableFragment part = (TableFragment) items.get(i);
        return OrphanRows.prepend(lines, part).map(joined -> {
            List<PageItem> out = new ArrayList<>(items.size());
            out.add(joined);
            out.addAll(items.subList(lines.size() + 1, items.size()));
            return out;
        }).orElse(items);
    }

    private void addTable(TableFragment fragment, boolean opensPage) {
        paragraphs.flush();
        if (table != null && tableClosedPage && opensPage && table.continuesWith(fragment)) {
            table.append(fragment);
            return;
        }
        closeTable();
        table = new TableDraft(fragment);
    }

    private void closeTable() {
        if (table != null) {
            blocks.add(table.toBlock());
            table = null;
        }
    }
}
