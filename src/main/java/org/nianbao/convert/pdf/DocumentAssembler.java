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
        List<PageItem> items = page.items();
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
