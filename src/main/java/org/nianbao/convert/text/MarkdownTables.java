package org.nianbao.convert.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.convert.Cell;

/**
 * Markdown pipe tables as PDF-to-Markdown tools write them: {@code | a | b |} rows, a {@code |---|}
 * separator under each header, and a table cut into fragments where the PDF's pages broke, with blank
 * lines, rules, page comments or page numbers between them. Fragments that follow each other are one
 * table; a row cut in two by the break is joined again: a label whose first part carries no numbers
 * is completed by the next fragment's first row when that row does not start a new numbered label, and
 * a row whose numbers continue on the next page (the continuation has no label) gets them back.
 */
final class MarkdownTables {

    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-{3,}:?");
    private static final Pattern PAGE_MARK = Pattern.compile(
            "<!--.*-->|[-*_](\\s*[-*_]){2,}|[-—–\\s]*\\d{1,4}[-—–\\s]*|第\\s*\\d{1,4}\\s*页(\\s*[/，,]?\\s*共\\s*\\d{1,4}\\s*页)?|(?i)page\\s*\\d{1,4}");
    private static final Pattern NUMBER = Pattern.compile("[+\\-−－]?\\d[\\d,，]*(\\.\\d+)?(万元|元|件)?");
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[.、．)）]).*");

    private MarkdownTables() {
    }

    static boolean isRow(String line) {
        String t = line.strip();
        return t.length() > 1 && (t.charAt(0) == '|' || t.charAt(0) == '｜');
    }

    static boolean isPageMark(String line) {
        return line.isBlank() || PAGE_MARK.matcher(line.strip()).matches() || line.strip().equals("\f");
    }

    /** The cells of a pipe row; empty for a header separator row. */
    static List<String> cells(String line) {
        String t = line.strip().replace('｜', '|');
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        boolean separator = true;
        for (String part : t.split("\\|", -1)) {
            String cell = part.replaceAll("(?i)<br\\s*/?>", "").replace("**", "").strip();
            separator &= SEPARATOR_CELL.matcher(cell).matches();
            cells.add(cell);
        }
        return separator ? List.of() : cells;
    }

    /** Adds one fragment's rows to the table built so far, joining a row the page break cut. */
    static void append(List<List<String>> table, List<List<String>> fragment) {
        if (table.isEmpty() || fragment.isEmpty()) {
            table.addAll(fragment);
            return;
        }
        List<String> last = table.get(table.size() - 1);
        List<String> first = fragment.get(0);
        List<String> joined = join(last, first);
        if (joined != null) {
            table.set(table.size() - 1, joined);
            table.addAll(fragment.subList(1, fragment.size()));
        } else {
            table.addAll(fragment);
        }
    }

    /** The row {@code last} and {@code first} make together when the break cut one row; null otherwise. */
    static List<String> join(List<String> last, List<String> first) {
        List<String> lastText = nonEmpty(last);
        List<String> firstText = nonEmpty(first);
        if (lastText.isEmpty() || firstText.isEmpty()) {
            return null;
        }
        boolean lastHasNumbers = lastText.stream().anyMatch(MarkdownTables::isNumber);
        boolean firstHasLabel = !isNumber(firstText.get(0));
        if (!lastHasNumbers && firstHasLabel && !ORDINAL.matcher(firstText.get(0)).matches()
                && !isNumber(lastText.get(lastText.size() - 1))) {
            // "| （四）无 | | |" then "| 法提供 | 0 | 0 |": one label cut by the page.
            List<String> row = new ArrayList<>(lastText.subList(0, lastText.size() - 1));
            row.add(lastText.get(lastText.size() - 1) + firstText.get(0));
            row.addAll(firstText.subList(1, firstText.size()));
            return row;
        }
        int width = Math.max(last.size(), first.size());
        if (!firstHasLabel && first.get(0).isEmpty() && !isNumber(lastText.get(0)) && lastHasNumbers
                && last.get(last.size() - 1).isEmpty() && lastText.size() + firstText.size() <= width) {
            // "| 1.本机关不掌握… | 22 | 0 | | |" then "| | 3 | 25 |": the numbers went on over the break.
            List<String> row = new ArrayList<>(lastText);
            row.addAll(firstText);
            return row;
        }
        return null;
    }

    private static List<String> nonEmpty(List<String> row) {
        return row.stream().filter(c -> !c.isEmpty()).toList();
    }

    private static boolean isNumber(String cell) {
        return NUMBER.matcher(cell.strip()).matches();
    }

    /**
     * The table as cells. Empty cells left of the first column that holds numbers are the leftovers of
     * merged label cells (a label spanning three columns prints two empty ones), not blank values, and are
     * dropped; empty cells among the numbers are blanks and stay.
     */
    static List<List<Cell>> grid(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int firstValue = width;
        for (List<String> row : rows) {
            if (row.size() == width) {
                for (int c = 0; c < row.size(); c++) {
                    if (isNumber(row.get(c))) {
                        firstValue = Math.min(firstValue, c);
                        break;
                    }
                }
            }
        }
        List<List<Cell>> grid = new ArrayList<>();
        for (List<String> row : rows) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                if (!(row.size() == width && c < firstValue && row.get(c).isEmpty())) {
                    cells.add(Cell.of(row.get(c)));
                }
            }
            grid.add(cells);
        }
        return grid;
    }
}
