package org.nianbao.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.Cell;
import org.nianbao.convert.TableBlock;

/** How table parts on consecutive pages are joined, for each way a page break can cut a table. */
class TableDraftTest {

    private static final float[] X = {50, 150, 250, 350};

    @Test
    void rowCutByThePageBreakIsOneRowAgain() {
        TableDraft draft = new TableDraft(fragment(1, 2,
                cell(0, 1, 0, 1, "（一）予以公开"), cell(0, 1, 1, 2, "0"), cell(0, 1, 2, 3, "0"),
                cell(1, 1, 0, 1, "（二）部分公开（区分处理的，"), cell(1, 1, 1, 2, "1"), cell(1, 1, 2, 3, "2")));
        TableFragment next = fragment(2, 2,
                cell(0, 1, 0, 1, "不计其他情形）"), cell(0, 1, 1, 2, ""), cell(0, 1, 2, 3, ""),
                cell(1, 1, 0, 1, "（三）不予公开"), cell(1, 1, 1, 2, "0"), cell(1, 1, 2, 3, "0"));
        assertTrue(draft.continuesWith(next));
        draft.append(next);

        assertEquals(List.of(
                List.of("（一）予以公开", "0", "0"),
                List.of("（二）部分公开（区分处理的，不计其他情形）", "1", "2"),
                List.of("（三）不予公开", "0", "0")), texts(draft));
    }

    @Test
    void mergedLabelCutByThePageBreakIsOneMergedCellAgain() {
        TableDraft draft = new TableDraft(fragment(3, 1,
                cell(0, 1, 0, 1, "（四）无"), cell(0, 1, 1, 2, "1.本机关不掌握相关政府信息"), cell(0, 1, 2, 3, "1")));
        draft.append(fragment(4, 2,
                cell(0, 2, 0, 1, "法提供"), cell(0, 1, 1, 2, "2.没有现成信息需要另行制作"), cell(0, 1, 2, 3, "0"),
                cell(1, 1, 1, 2, "3.补正后申请内容仍不明确"), cell(1, 1, 2, 3, "0")));

        List<List<Cell>> rows = rows(draft);
        assertEquals(3, rows.size());
        assertEquals(new Cell("（四）无法提供", false), rows.get(0).get(0));
        assertEquals(new Cell("（四）无法提供", true), rows.get(1).get(0));
        assertEquals(new Cell("（四）无法提供", true), rows.get(2).get(0));
        assertEquals("3.补正后申请内容仍不明确", rows.get(2).get(1).text());
    }

    @Test
    void newRowAtTheTopOfThePageStaysARow() {
        TableDraft draft = new TableDraft(fragment(2, 1, cell(0, 1, 0, 1, "行政许可"), cell(0, 1, 1, 3, "0")));
        draft.append(fragment(3, 1, cell(0, 1, 0, 1, "其他对外管理服务事项"), cell(0, 1, 1, 3, "0")));

        assertEquals(List.of(List.of("行政许可", "0"), List.of("其他对外管理服务事项", "0")), texts(draft));
    }

    @Test
    void emptyRestOfACutCaptionRowDisappears() {
        TableDraft draft = new TableDraft(fragment(2, 1, cell(0, 1, 0, 3, "第二十条第（六）项")));
        draft.append(fragment(3, 2, cell(0, 1, 0, 3, ""),
                cell(1, 1, 0, 1, "信息内容"), cell(1, 1, 1, 2, "上一年项目数量"), cell(1, 1, 2, 3, "本年增/减")));

        List<List<Cell>> rows = rows(draft);
        assertEquals(2, rows.size());
        assertEquals(List.of(new Cell("第二十条第（六）项", false), new Cell("第二十条第（六）项", true),
                new Cell("第二十条第（六）项", true)), rows.get(0));
    }

    @Test
    void headerRowsRepeatedOnTheNextPageAreDropped() {
        CellBox[] header = {cell(0, 2, 0, 1, "项目"), cell(0, 1, 1, 3, "申请人情况"),
            cell(1, 1, 1, 2, "自然人"), cell(1, 1, 2, 3, "总计")};
        List<CellBox> first = new java.util.ArrayList<>(List.of(header));
        first.addAll(List.of(cell(2, 1, 0, 1, "一、本年新收"), cell(2, 1, 1, 2, "3"), cell(2, 1, 2, 3, "3")));
        List<CellBox> second = new java.util.ArrayList<>(List.of(header));
        second.addAll(List.of(cell(2, 1, 0, 1, "四、结转下年度继续办理"), cell(2, 1, 1, 2, "0"), cell(2, 1, 2, 3, "0")));
        TableDraft draft = new TableDraft(fragment(3, 3, first.toArray(CellBox[]::new)));
        draft.append(fragment(4, 3, second.toArray(CellBox[]::new)));

        List<List<String>> rows = texts(draft);
        assertEquals(4, rows.size());
        assertEquals(List.of("四、结转下年度继续办理", "0", "0"), rows.get(3));
    }

    @Test
    void partWithAnotherFrameOrNotOnTheNextPageIsAnotherTable() {
        TableDraft draft = new TableDraft(fragment(2, 1, cell(0, 1, 0, 3, "第二十条第（一）项")));
        assertFalse(draft.continuesWith(fragment(4, 1, cell(0, 1, 0, 3, "x"))));
        assertFalse(draft.continuesWith(new TableFragment(3, true, 0, 20, 80, 350, 1,
                List.of(new CellBox(0, 1, 80, 350, "x")))));
    }

    @Test
    void loneFramedBoxIsAParagraph() {
        assertEquals(new org.nianbao.convert.Paragraph("注：本表数据截至12月31日", 0, false,
                org.nianbao.convert.Paragraph.Alignment.LEFT, 2),
                new TableDraft(fragment(2, 1, cell(0, 1, 0, 3, "注：本表数据截至12月31日"))).toBlock());
    }

    private static List<List<String>> texts(TableDraft draft) {
        return rows(draft).stream().map(row -> row.stream().map(Cell::text).toList()).toList();
    }

    private static List<List<Cell>> rows(TableDraft draft) {
        return ((TableBlock) draft.toBlock()).table().rows();
    }

    private static CellBox cell(int row, int rowSpan, int firstColumn, int endColumn, String text) {
        return new CellBox(row, rowSpan, X[firstColumn], X[endColumn], text);
    }

    private static TableFragment fragment(int page, int rows, CellBox... cells) {
        return new TableFragment(page, true, 0, rows * 20f, X[0], X[X.length - 1], rows, List.of(cells));
    }
}
