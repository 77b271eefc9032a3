package org.nianbao.convert.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.Cell;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.TableBlock;
import org.nianbao.model.Warning;

class TextConverterTest {

    private static ParsedDocument convert(String text) throws ConversionException {
        return new TextConverter().convert(text.getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULTS);
    }

    private static List<List<String>> rows(ParsedDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof TableBlock).map(b -> (TableBlock) b)
                .flatMap(t -> t.table().rows().stream()).map(r -> r.stream().map(Cell::text).toList()).toList();
    }

    @Test
    void aRunThatOnlyOneCutExplainsBecomesItsCells() throws ConversionException {
        ParsedDocument doc = convert("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量640020470\n");
        assertEquals(List.of(List.of("一、本年新收政府信息公开申请数量", "64", "0", "0", "2", "0", "4", "70")), rows(doc));
        assertTrue(doc.blocks().stream().noneMatch(b -> b instanceof TableBlock t && t.ruled()), "text, not a grid");
    }

    @Test
    void cellsSeparatedBySpacesOrTabsAreCellsNotOneNumber() throws ConversionException {
        ParsedDocument doc = convert("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量  64　0 0\t2 0 4 70\n"
                + "二、上年结转政府信息公开申请数量\n0 0 0 0 0 0 0\n");
        assertEquals(List.of(List.of("一、本年新收政府信息公开申请数量", "64", "0", "0", "2", "0", "4", "70"),
                List.of("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0")), rows(doc));
        assertEquals(List.of(), doc.warnings());
    }

    @Test
    void aRunWhoseOnlyCutDoesNotAddUpKeepsItsPrintedNumbers() throws ConversionException {
        // 0000001 can only be 0,0,0,0,0,0,1: the row's 总计 fails, and the check must say so, not be hidden
        ParsedDocument doc = convert("三、收到和处理政府信息公开申请情况\n二、上年结转政府信息公开申请数量0000001\n");
        assertEquals(List.of(List.of("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "1")), rows(doc));
        assertEquals(List.of(), doc.warnings());
    }

    @Test
    void aRunWithNoCutThatAddsUpAndSeveralCutsSaysTheNumbersMayNotAddUp() throws ConversionException {
        ParsedDocument doc = convert("三、收到和处理政府信息公开申请情况\n二、上年结转政府信息公开申请数量12000001\n");
        assertEquals(List.of(Collections7.unsettled("二、上年结转政府信息公开申请数量")), rows(doc));
        assertTrue(doc.warnings().get(0).message().contains("may not add up"), doc.warnings().toString());
    }

    @Test
    void aRunWithSeveralCutsLeavesItsRowEmptyAndSaysSo() throws ConversionException {
        ParsedDocument doc = convert("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容本年制发件数本年废止件数现行有效件数\n行政规范性文件693665\n");
        assertEquals(List.of(List.of("行政规范性文件", FlatTables.UNSETTLED, FlatTables.UNSETTLED, FlatTables.UNSETTLED)), rows(doc));
        Warning w = doc.warnings().get(0);
        assertEquals("CELLS_UNSETTLED", w.code());
        assertEquals("tables.proactive.normativeDocuments", w.location());
        assertTrue(w.message().contains("\"693665\""), w.message());
    }

    @Test
    void oneValuePerLineWithABlankDroppedIsNotPlaced() throws ConversionException {
        ParsedDocument doc = convert("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n26\n26\n二、上年结转政府信息公开申请数量\n0\n0\n0\n0\n0\n0\n0\n");
        assertEquals(List.of(Collections7.unsettled("一、本年新收政府信息公开申请数量"),
                List.of("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0")), rows(doc));
        assertTrue(doc.warnings().get(0).message().contains("2 values printed for 7 columns"), doc.warnings().toString());
    }

    @Test
    void markdownFragmentsAreJoinedAndACutLabelIsMadeWhole() throws ConversionException {
        ParsedDocument doc = convert(String.join("\n",
                "| 行 | 甲 | 乙 | 丙 |", "|---|---|---|---|", "| 行政规范性文件 | 77 | 132 | |", "",
                "<!-- page 3 -->", "- 3 -", "", "| | 470 |", "|---|---|", "| 1.本机关不掌握相关 | | | |", "", "第 4 页", "",
                "| 政府信息 | 31 | 0 | 31 |", "|---|---|---|---|"));
        assertEquals(List.of(List.of("行", "甲", "乙", "丙"), List.of("行政规范性文件", "77", "132", "470"),
                List.of("1.本机关不掌握相关政府信息", "31", "0", "31")), rows(doc));
        assertEquals(1, doc.blocks().size(), "one table, not three");
    }

    @Test
    void aNumberedRowAfterABreakStartsItsOwnRow() {
        assertEquals(null, MarkdownTables.join(List.of("（三）不予公开", "", ""), List.of("1.属于国家秘密", "0", "0")));
    }

    /** A table 三 row whose seven cells are all unsettled. */
    private static final class Collections7 {
        static List<String> unsettled(String label) {
            List<String> row = new java.util.ArrayList<>(List.of(label));
            row.addAll(java.util.Collections.nCopies(7, FlatTables.UNSETTLED));
            return row;
        }
    }
}
