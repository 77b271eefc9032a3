package org.nianbao.convert.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.nianbao.convert.Cell;
import org.nianbao.convert.Table;

/** Expands an HTML {@code <table>}'s rowspan/colspan into a true grid of cell strings. */
final class HtmlTableGrid {

    /** Spans beyond this are markup errors (or hostile) and are clipped. */
    private static final int MAX_SPAN = 200;

    private HtmlTableGrid() {
    }

    static Table of(Element table) {
        List<Element> rows = rowsOf(table);
        List<List<Cell>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rowAt(grid, r);
            int col = 0;
            for (Element td : ChildElements.of(rows.get(r))) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (col < row.size() && row.get(col) != null) {
                    col++;
                }
                int rowSpan = Math.min(span(td, "rowspan"), rows.size() - r);
                int colSpan = span(td, "colspan");
                String text = CellText.of(td);
                for (int dr = 0; dr < rowSpan; dr++) {
                    List<Cell> target = rowAt(grid, r + dr);
                    for (int dc = 0; dc < colSpan; dc++) {
                        place(target, col + dc, new Cell(text, dr > 0 || dc > 0));
                    }
                }
                col += colSpan;
            }
        }
        grid.forEach(row -> row.replaceAll(c -> c == null ? Cell.of("") : c));
        return new Table(grid);
    }

    static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : ChildElements.of(table)) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("tbody") || tag.equals("thead") || tag.equals("tfoot")) {
                rows.addAll(ChildElements.named(child, "tr"));
            }
        }
        return rows;
    }

    private static List<Cell> rowAt(List<List<Cell>> grid, int r) {
        while (grid.size() <= r) {
            grid.add(new ArrayList<>());
        }
        return grid.get(r);
    }

    private static void place(List<Cell> row, int col, Cell cell) {
        while (row.size() <= col) {
            row.add(null);
        }
        if (row.get(col) == null) {
            row.set(col, cell);
        }
    }

    /** The ASCII digits of a span attribute ("2", "2;" or " 3px"), without compiling a pattern per cell. */
    private static String digitsOf(String value) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static int span(Element td, String attr) {
        String value = td.attr(attr).trim();
        if (value.isEmpty()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(digitsOf(value))));
        } catch (NumberFormatException e) {
            // A span attribute such as "two" or "": browsers treat it as 1.
            return 1;
        }
    }
}
