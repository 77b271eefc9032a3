package org.nianbao.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.convert.Block;
import org.nianbao.convert.Cell;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.TableBlock;

/** Every text PDF of the corpus, converted and compared with what its ground truth says is printed. */
class PdfConverterReportTest {

    private static final List<String> COLUMNS =
            List.of("naturalPerson", "business", "research", "socialWelfare", "legalService", "otherOrg", "total");
    private static final List<String> REVIEW_BLOCKS = List.of("review", "litigationDirect", "litigationAfterReview");
    private static final List<String> REVIEW_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–]\\s*\\d+\\s*[-—–]");

    static Stream<ReportFixture> reports() throws Exception {
        return ReportFixture.textPdfs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void yieldsTheThreeStatisticalTablesWithTheSplitTableJoined(ReportFixture report) {
        List<TableBlock> tables = tables(report);
        assertEquals(3, tables.size(), "tables 二, 三 and 四");
        assertTrue(text(tables.get(0)).contains("第二十条"), "table 二 first");
        assertTrue(text(tables.get(1)).contains("一、本年新收政府信息公开申请数量"), "table 三 starts on its first page");
        assertTrue(text(tables.get(1)).contains("四、结转下年度继续办理"), "table 三 ends on the next page");
        assertTrue(text(tables.get(2)).contains("行政复议"), "table 四 last");
        assertTrue(tables.stream().allMatch(TableBlock::ruled));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void requestTableRowsHoldTheTruthValues(ReportFixture report) {
        TableBlock requests = tables(report).get(1);
        JsonNode truth = report.truth().path("tables").path("requests");
        assertRowValues(report, requests, "（七）总计", "tables.requests.results.total", truth.path("results").path("total"));
        assertRowValues(report, requests, "一、本年新收政府信息公开申请数量", "tables.requests.newReceived", truth.path("newReceived"));
        assertRowValues(report, requests, "四、结转下年度继续办理", "tables.requests.carriedForward", truth.path("carriedForward"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void reviewTableLastRowHoldsTheFifteenTruthValues(ReportFixture report) {
        List<List<Cell>> rows = tables(report).get(2).table().rows();
        List<String> cells = valueCells(rows.get(rows.size() - 1), 15);
        JsonNode truth = report.truth().path("tables").path("reviewLitigation");
        List<String> expected = new ArrayList<>();
        for (String block : REVIEW_BLOCKS) {
            for (String column : REVIEW_COLUMNS) {
                expected.add(expectedText(report, "tables.reviewLitigation." + block + "." + column,
                        truth.path(block).path(column)));
            }
        }
        assertEquals(expected, cells.stream().map(PdfConverterReportTest::asValue).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void paragraphsCarryEverySectionAndNoPageNumbers(ReportFixture report) {
        List<Paragraph> paragraphs = paragraphs(report);
        String all = paragraphs.stream().map(p -> compact(p.text())).collect(Collectors.joining());
        for (JsonNode section : report.truth().path("sections")) {
            String heading = compact(section.path("number").asText() + "、" + section.path("heading").asText());
            assertTrue(paragraphs.stream().anyMatch(p -> compact(p.text()).startsWith(heading)), "heading " + heading);
            assertTrue(all.contains(compact(section.path("text").asText())), "text of section " + heading);
        }
        assertFalse(paragraphs.stream().anyMatch(p -> PAGE_NUMBER.matcher(p.text().strip()).matches()));
        assertFalse(all.contains("-1-") || all.contains("-2-"), "page numbers inside paragraphs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void titleIsTheFirstParagraphOrTheFirstTwo(ReportFixture report) {
        String title = compact(report.truth().path("report").path("title").asText());
        List<Paragraph> paragraphs = paragraphs(report);
        String first = compact(paragraphs.get(0).text());
        String firstTwo = first + compact(paragraphs.get(1).text());
        assertTrue(first.equals(title) || firstTwo.equals(title), first + " / " + firstTwo);
        assertEquals(Paragraph.Alignment.CENTER, paragraphs.get(0).alignment());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void signatureDateIsTheLastParagraphRightAligned(ReportFixture report) {
        JsonNode published = report.truth().path("report").path("publishedOn");
        Paragraph last = paragraphs(report).get(paragraphs(report).size() - 1);
        if (published.isNull()) {
            assertEquals(Paragraph.Alignment.LEFT, last.alignment(), "no signature: the report ends with text");
            return;
        }
        String[] date = published.asText().split("-");
        String printed = Integer.parseInt(date[0]) + "年" + Integer.parseInt(date[1]) + "月" + Integer.parseInt(date[2]) + "日";
        assertEquals(printed, compact(last.text()));
        assertEquals(Paragraph.Alignment.RIGHT, last.alignment());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void noTableCellTextIsRepeatedAsParagraph(ReportFixture report) {
        List<String> paragraphs = paragraphs(report).stream().map(p -> compact(p.text())).toList();
        for (String label : List.of("（七）总计", "(七)总计", "行政事业性收费", "信息内容", "结果维持")) {
            assertFalse(paragraphs.contains(label), label);
        }
    }

    private static void assertRowValues(ReportFixture report, TableBlock table, String label, String path, JsonNode truth) {
        List<Cell> row = table.table().rows().stream()
                .filter(r -> r.stream().anyMatch(c -> !c.spanned() && sameLabel(c.text(), label)))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
        List<String> expected = COLUMNS.stream().map(c -> expectedText(report, path + "." + c, truth.path(c))).toList();
        assertEquals(expected, valueCells(row, 7).stream().map(PdfConverterReportTest::asValue).toList(), label);
    }

    /** The printed form the truth implies: the number, or for a null cell its raw text ("/" or blank). */
    private static String expectedText(ReportFixture report, String path, JsonNode value) {
        if (!value.isNull()) {
            return value.asText();
        }
        for (JsonNode blank : report.truth().path("blankCells")) {
            if (blank.path("path").asText().equals(path)) {
                return blank.path("raw").asText();
            }
        }
        return "";
    }

    /** A cell as the reader sees it: whitespace and thousands separators ignored, 无 meaning 0. */
    private static String asValue(String cell) {
        String value = compact(cell).replace(",", "");
        return value.equals("无") ? "0" : value;
    }

    private static List<String> valueCells(List<Cell> row, int count) {
        List<String> own = row.stream().filter(c -> !c.spanned()).map(Cell::text).toList();
        assertTrue(own.size() >= count, "row has " + own.size() + " cells: " + own);
        return own.subList(own.size() - count, own.size());
    }

    private static boolean sameLabel(String text, String label) {
        return compact(text).replace('(', '（').replace(')', '）').equals(label);
    }

    private static List<TableBlock> tables(ReportFixture report) {
        return report.converted().blocks().stream()
                .filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
    }

    private static List<Paragraph> paragraphs(ReportFixture report) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block block : report.converted().blocks()) {
            if (block instanceof Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    private static String text(TableBlock table) {
        return table.table().rows().stream().flatMap(List::stream).map(c -> compact(c.text()))
                .collect(Collectors.joining("|"));
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
