package org.nianbao.summary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.AnnualReport;

/** The table skeletons against template.md §1–§2: cell counts, merges and label texts. */
class OfficialTablesTest {

    static Stream<Arguments> valueCounts() {
        return Stream.of(
                Arguments.of(OfficialTables.proactive("2019"), 22),
                Arguments.of(OfficialTables.proactive("2021"), 10),
                Arguments.of(OfficialTables.requests("2019"), 161),
                Arguments.of(OfficialTables.requests("2021"), 175),
                Arguments.of(OfficialTables.review(), 15));
    }

    @ParameterizedTest
    @MethodSource("valueCounts")
    void hasTheTemplatesNumberOfValueCells(Grid grid, int expected) {
        assertEquals(expected, grid.values().size(), grid.name());
    }

    @Test
    void requestsHeaderIsMergedAsTheTemplatePrintsIt() {
        Grid grid = OfficialTables.requests("2021");
        assertCell(grid, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 0, 0, 3, 3);
        assertCell(grid, "申请人情况", 0, 3, 1, 7);
        assertCell(grid, "自然人", 1, 3, 2, 1);
        assertCell(grid, "法人或其他组织", 1, 4, 1, 5);
        assertCell(grid, "总计", 1, 9, 2, 1);
        assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"),
                grid.startingIn(2).stream().map(GridCell::text).toList());
        assertCell(grid, "一、本年新收政府信息公开申请数量", 3, 0, 1, 3);
        assertCell(grid, "三、本年度办理结果", 5, 0, 22, 1);
        assertCell(grid, "（三）不予公开", 7, 1, 8, 1);
        assertCell(grid, "（四）无法提供", 15, 1, 3, 1);
        assertCell(grid, "（五）不予处理", 18, 1, 5, 1);
        assertCell(grid, "（六）其他处理", 23, 1, 3, 1);
        assertCell(grid, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 23, 2, 1, 1);
        assertCell(grid, "（七）总计", 26, 1, 1, 2);
        assertCell(grid, "四、结转下年度继续办理", 27, 0, 1, 3);
    }

    @Test
    void the2019OtherHandlingIsOneRowWithoutSubRows() {
        Grid grid = OfficialTables.requests("2019");
        assertCell(grid, "三、本年度办理结果", 5, 0, 20, 1);
        assertCell(grid, "（六）其他处理", 23, 1, 1, 2);
        assertEquals("requests.results.otherHandling.naturalPerson", grid.startingIn(23).get(1).path());
    }

    @Test
    void printsTheOfficialLabelsVerbatim() {
        List<String> texts = Stream.of(OfficialTables.requests("2019"), OfficialTables.proactive("2019"))
                .flatMap(g -> g.cells().stream()).map(GridCell::text).toList();
        for (String label : List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3.危及“三安全一稳定”",
                "5.要求行政机关确认或重新出具已获取信息", "第二十条第（九）项", "本年增/减", "其他对外管理服务事项")) {
            assertTrue(texts.contains(label), label);
        }
        List<String> texts2021 = OfficialTables.proactive("2021").cells().stream().map(GridCell::text).toList();
        assertTrue(texts2021.containsAll(List.of("本年制发件数", "行政规范性文件", "本年收费金额（单位：万元）")));
    }

    @Test
    void the2021ProactiveDecisionsSpanThreeColumns() {
        Grid grid = OfficialTables.proactive("2021");
        GridCell licensing = grid.values().stream().filter(c -> c.path().equals("proactive.licensing.decisions")).findFirst().orElseThrow();
        assertEquals(3, licensing.colSpan());
        assertCell(grid, "第二十条第（八）项", 11, 0, 1, 4);
    }

    @Test
    void reviewHeadersAreMergedAsTheTemplatePrintsThem() {
        Grid grid = OfficialTables.review();
        assertCell(grid, "行政复议", 0, 0, 1, 5);
        assertCell(grid, "行政诉讼", 0, 5, 1, 10);
        assertCell(grid, "未经复议直接起诉", 1, 5, 1, 5);
        assertCell(grid, "复议后起诉", 1, 10, 1, 5);
        assertEquals(5, grid.startingIn(1).stream().filter(c -> c.rowSpan() == 2).count());
        assertEquals("reviewLitigation.litigationAfterReview.total", grid.values().get(14).path());
    }

    /** Every value path names a real cell of a real report of that template, so no path is misspelt. */
    @ParameterizedTest
    @MethodSource("realReports")
    void everyValuePathIsACellOfTheCanonicalJson(String template, String region, int year) {
        AnnualReport report = GroundTruthSummaries.reports(region, year).get(0);
        CellValues values = new CellValues(report.tables());
        for (Grid grid : OfficialTables.all(template)) {
            for (GridCell cell : grid.values()) {
                assertTrue(values.get(cell.path()).isPresent() || isKnownNull(report, cell.path()), cell.path());
            }
        }
    }

    static Stream<Arguments> realReports() {
        return Stream.of(Arguments.of("2019", "371311", 2020), Arguments.of("2021", "371302", 2023));
    }

    private static boolean isKnownNull(AnnualReport report, String path) {
        return report.blankCells().stream().anyMatch(b -> b.path().equals("tables." + path));
    }

    @Test
    void refusesAnUnknownTemplate() {
        assertThrows(IllegalArgumentException.class, () -> OfficialTables.all("pre2019"));
    }

    private static void assertCell(Grid grid, String text, int row, int col, int rowSpan, int colSpan) {
        GridCell cell = grid.cells().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell '" + text + "' in " + grid.name()));
        assertEquals(List.of(row, col, rowSpan, colSpan), List.of(cell.row(), cell.col(), cell.rowSpan(), cell.colSpan()), text);
    }
}
