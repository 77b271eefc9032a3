package org.nianbao.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.Cell;
import org.nianbao.convert.TableBlock;

/**
 * Table rows that reach the converter as plain lines: a row whose rules were drawn on the page before
 * (placed into its columns by x position, blanks kept in place), a borderless table's last row pushed onto
 * the next page or a small table of the same layout, and a number printed a little below its row.
 */
class RowsWithoutRulesTest {

    /** Column edges of a label column and three number columns. */
    private static final float[] X = {50, 200, 260, 320, 380};
    private static final float SIZE = 10;

    @Test
    void aLineAboveATablePartIsItsFirstRowWithItsNumbersInTheirColumns() {
        TableFragment part = part(100, row(0, "2.其他法律行政法规禁止公开", "0", "", "0"));
        // 1.属于国家秘密 0 · 0 — the middle cell is blank: counting from the left would put the last 0 in column 3.
        TextLine line = line(95, piece(55, "1.属于国家秘密"), piece(225, "0"), piece(345, "0"));
        TableFragment joined = OrphanRows.prepend(List.of(line), part).orElseThrow();
        assertEquals(List.of(List.of("1.属于国家秘密", "0", "", "0"), List.of("2.其他法律行政法规禁止公开", "0", "", "0")),
                texts(joined));
    }

    @Test
    void numbersInNeighbouringColumnsStaySeparate() {
        TableFragment part = part(100, row(0, "x", "1", "2", "3"));
        // two numbers only a little apart, with the column edge at 260 between them
        TextLine line = line(95, piece(55, "8.属于行政查询事项"), piece(250, "0"), piece(262, "1"));
        TableFragment joined = OrphanRows.prepend(List.of(line), part).orElseThrow();
        assertEquals(List.of("8.属于行政查询事项", "0", "1", ""), texts(joined).get(0));
    }

    @Test
    void aLineOfOneCellOrOutsideTheFrameIsNoRow() {
        TableFragment part = part(100, row(0, "x", "1", "2", "3"));
        assertEquals(Optional.empty(), OrphanRows.prepend(List.of(line(95, piece(55, "续表"))), part));
        assertEquals(Optional.empty(), OrphanRows.prepend(List.of(line(95, piece(10, "注"), piece(225, "1"))), part));
        assertEquals(Optional.empty(), OrphanRows.prepend(List.of(line(40, piece(55, "四、"), piece(225, "1"))), part),
                "a line far above the table is not its row");
    }

    @Test
    void aShortRunOnTheColumnsOfAnEarlierTableIsATable() {
        AlignedColumnsFinder finder = new AlignedColumnsFinder();
        AlignedColumnsFinder.Found first = finder.findOn(List.of(
                line(100, piece(55, "信息内容"), piece(205, "上一年"), piece(265, "本年增"), piece(325, "处理决定")),
                line(120, piece(55, "行政许可"), piece(205, "396"), piece(265, "0"), piece(325, "181")),
                line(140, piece(55, "其他对外管理服务事项"), piece(265, "0"), piece(325, "153"))), 1);
        assertEquals(1, first.tables().size());
        AlignedColumnsFinder.Found next = finder.findOn(List.of(
                line(60, piece(55, "行政事业性收费"), piece(205, "35"), piece(265, "0")),
                line(90, piece(55, "第二十条第（九）项"))), 2);
        assertEquals(1, next.tables().size(), "one row on the columns of the page before");
        assertEquals(List.of("第二十条第（九）项"), next.lines().stream().map(TextLine::text).toList());

        AlignedColumnsFinder.Found alone = AlignedColumnsFinder.find(List.of(
                line(60, piece(55, "行政事业性收费"), piece(205, "35"), piece(265, "0"))), 2);
        assertTrue(alone.tables().isEmpty(), "without an earlier table, one line is no table");
    }

    @Test
    void aNumberPrintedALittleBelowItsRowJoinsTheRow() {
        AlignedColumnsFinder.Found found = AlignedColumnsFinder.find(List.of(
                line(100, piece(55, "信息内容"), piece(205, "上一年"), piece(265, "本年增"), piece(325, "处理决定")),
                line(120, piece(55, "行政许可"), piece(205, "396"), piece(265, "0"), piece(325, "181")),
                line(140, piece(55, "其他对外管理服务事项"), piece(265, "0"), piece(325, "153")),
                line(146, piece(205, "10"))), 1);
        assertEquals(1, found.tables().size());
        TableBlock block = (TableBlock) new TableDraft(found.tables().get(0)).toBlock();
        List<String> last = block.table().rows().get(2).stream().map(Cell::text).toList();
        assertEquals(List.of("其他对外管理服务事项", "10", "0", "153"), last);
    }

    /**
     * On a scan each line's size is read from its own ink, so neighbouring rows of one table differ in size:
     * a row read smaller than the row above it still continues the table (the larger size sets the pitch).
     */
    @Test
    void aRowReadSmallerThanTheRowAboveStaysInTheTable() {
        AlignedColumnsFinder.Found found = AlignedColumnsFinder.find(List.of(
                line(100, SIZE, piece(55, "信息内容"), piece(205, "上一年"), piece(265, "本年增"), piece(325, "处理决定")),
                line(128, SIZE, piece(55, "行政许可"), piece(205, "396"), piece(265, "0"), piece(325, "181")),
                line(156, 8.5f, piece(55, "其他对外管理服务事项"), piece(205, "10"), piece(265, "0"), piece(325, "153"))), 1);
        assertEquals(1, found.tables().size(), () -> found.lines().stream().map(TextLine::text).toList().toString());
        assertEquals(List.of("其他对外管理服务事项", "10", "0", "153"), texts(found.tables().get(0)).get(2));
        assertEquals(List.of(), found.lines());
    }

    /**
     * A scanned page lies a few points off the page before: a short run whose columns all sit that far from an
     * earlier table's columns is still on them; a shift beyond a few millimetres, or columns that do not all
     * move alike, is not.
     */
    @Test
    void aShortRunOnAShiftedPageIsOnTheColumnsOfThePageBefore() {
        List<TextLine> before = List.of(
                line(100, piece(55, "信息内容"), piece(205, "本年新"), piece(265, "本年新"), piece(325, "对外公开")),
                line(120, piece(55, "规章"), piece(205, "0"), piece(265, "0"), piece(325, "0")),
                line(140, piece(55, "备注"), piece(205, "0"), piece(265, "0"), piece(325, "0")));

        AlignedColumnsFinder finder = new AlignedColumnsFinder();
        assertEquals(1, finder.findOn(before, 1).tables().size());
        AlignedColumnsFinder.Found shifted = finder.findOn(List.of(
                line(60, piece(49, "规范性文件"), piece(200, "89"), piece(258, "89"), piece(320, "89")),
                line(90, piece(49, "第二十条第（五）项"))), 2);
        assertEquals(1, shifted.tables().size(), "the row of the page shifted by about 6 points");
        assertEquals(List.of(List.of("规范性文件", "89", "89", "89")), texts(shifted.tables().get(0)));

        AlignedColumnsFinder far = new AlignedColumnsFinder();
        far.findOn(before, 1);
        assertTrue(far.findOn(List.of(line(60, piece(30, "规范性文件"), piece(180, "89"), piece(240, "89"), piece(300, "89"))), 2)
                .tables().isEmpty(), "a shift of 25 points is another layout");

        AlignedColumnsFinder unlike = new AlignedColumnsFinder();
        unlike.findOn(before, 1);
        assertTrue(unlike.findOn(List.of(line(60, piece(49, "规范性文件"), piece(212, "89"), piece(265, "89"))), 2)
                .tables().isEmpty(), "columns that do not all move alike");
    }

    // --- helpers

    private record Piece(float x, String text) {
    }

    private static Piece piece(float x, String text) {
        return new Piece(x, text);
    }

    /** A line of glyphs at this baseline, each piece's characters SIZE * 0.6 wide (digits) or SIZE wide. */
    private static TextLine line(float baseline, Piece... pieces) {
        return line(baseline, SIZE, pieces);
    }

    /** A line as {@link #line(float, Piece...)} whose glyphs have this size. */
    private static TextLine line(float baseline, float size, Piece... pieces) {
        List<Glyph> glyphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Piece p : pieces) {
            float x = p.x();
            for (int i = 0; i < p.text().length(); i++) {
                char c = p.text().charAt(i);
                float width = CjkText.isWide(c) ? size : size * 0.6f;
                glyphs.add(new Glyph(String.valueOf(c), x, baseline, width, size, false));
                x += width;
            }
            text.append(text.length() == 0 ? "" : " ").append(p.text());
        }
        Glyph last = glyphs.get(glyphs.size() - 1);
        return new TextLine(glyphs, text.toString(), glyphs.get(0).x(), last.right(), baseline, size, false);
    }

    private static List<CellBox> row(int row, String... texts) {
        List<CellBox> cells = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            cells.add(new CellBox(row, 1, X[c], X[c + 1], texts[c]));
        }
        return cells;
    }

    private static TableFragment part(float top, List<CellBox> cells) {
        return new TableFragment(2, true, top, top + 20, X[0], X[X.length - 1], 1, cells);
    }

    private static List<List<String>> texts(TableFragment part) {
        TableBlock block = (TableBlock) new TableDraft(part).toBlock();
        return block.table().rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList();
    }
}
