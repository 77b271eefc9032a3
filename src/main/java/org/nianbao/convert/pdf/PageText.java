package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A page after table finding: its text lines (outside tables) and its table parts. */
record PageText(int number, float height, List<TextLine> lines, List<TableFragment> tables) {

    PageText {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
    }

    PageText withLines(List<TextLine> newLines) {
        return new PageText(number, height, newLines, tables);
    }

    PageText withTables(List<TextLine> newLines, List<TableFragment> moreTables) {
        List<TableFragment> all = new ArrayList<>(tables);
        all.addAll(moreTables);
        return new PageText(number, height, newLines, all);
    }

    /** Lines and tables from top to bottom. */
    List<PageItem> items() {
        List<PageItem> items = new ArrayList<>(lines);
        items.addAll(tables);
        items.sort(Comparator.comparingDouble(PageItem::top));
        return items;
    }
}
