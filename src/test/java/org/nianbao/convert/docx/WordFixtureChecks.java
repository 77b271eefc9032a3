package org.nianbao.convert.docx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.function.Executable;
import org.nianbao.convert.Cell;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.ParsedDocument;

/**
 * What every Word fixture must yield for the report extractor, checked against its ground truth:
 * the three tables in order with the right cells, the section headings, the title, and no footer.
 */
public final class WordFixtureChecks {

    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—－]?\\d{1,3}[-—－]?");

    private static final Predicate<String> TOTAL_ROW = t -> t.equals("（七）总计") || t.equals("(七)总计");

    private WordFixtureChecks() {
    }

    public static void assertMatches(ParsedDocument document, GroundTruth truth) {
        ReportBlocks blocks = new ReportBlocks(document);
        List<List<List<Cell>>> tables = blocks.tables();
        assertEquals(3, tables.size(), "exactly tables 二, 三, 四");
        assertAll(
                () -> assertTrue(ReportBlocks.anyCell(tables.get(0), t -> t.startsWith("第二十条第")), "first table is 二"),
                () -> assertTrue(ReportBlocks.anyCell(tables.get(1), t -> t.equals("申请人情况")), "second table is 三"),
                () -> assertTrue(ReportBlocks.anyCell(tables.get(2), t -> t.equals("行政复议")), "third table is 四"),
                () -> assertRow(tables.get(1), TOTAL_ROW,
                        truth.requestsRow("requests.results.total")),
                () -> assertMergedLabels(tables.get(1)),
                () -> assertRow(tables.get(1), t -> t.startsWith("一、本年新收"), truth.requestsRow("requests.newReceived")),
                () -> assertRow(tables.get(1), t -> t.equals("四、结转下年度继续办理"), truth.requestsRow("requests.carriedForward")),
                () -> assertCells(ReportBlocks.lastValues(tables.get(2).get(tables.get(2).size() - 1), 15),
                        truth.reviewLitigationRow()),
                () -> assertHeadings(blocks.paragraphs(), truth.sectionHeadings()),
                () -> assertNoPageNumbers(blocks.paragraphs()),
                () -> assertTitle(blocks.paragraphs(), truth.title()));
    }

    private static void assertRow(List<List<Cell>> table, Predicate<String> label, List<GroundTruth.Expected> expected) {
        List<Cell> row = ReportBlocks.row(table, label).orElseThrow(() -> new AssertionError("no row for " + expected.get(0).path()));
        assertCells(ReportBlocks.lastValues(row, expected.size()), expected);
    }

    /**
     * In the 总计 row the group label above it (三、本年度办理结果) and the second column of its own
     * label are merged copies: only the label and the seven values are cells of their own.
     */
    private static void assertMergedLabels(List<List<Cell>> table) {
        List<Cell> row = ReportBlocks.row(table, TOTAL_ROW)
                .orElseThrow(() -> new AssertionError("no 总计 row"));
        assertEquals(8, row.stream().filter(c -> !c.spanned()).count(), "label + seven values: " + row);
        assertTrue(row.get(0).spanned(), "the group label is a merged copy: " + row.get(0));
    }

    private static void assertCells(List<String> printed, List<GroundTruth.Expected> expected) {
        assertEquals(expected.size(), printed.size(), "cell count for " + expected.get(0).path());
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            String cell = printed.get(i);
            GroundTruth.Expected want = expected.get(i);
            checks.add(() -> assertCell(cell, want));
        }
        assertAll(checks);
    }

    private static void assertCell(String printed, GroundTruth.Expected expected) {
        String text = ReportBlocks.squeeze(printed);
        if (expected.number().isEmpty()) {
            assertEquals(expected.raw(), text, expected.path());
            return;
        }
        assertEquals(0, expected.number().get().compareTo(number(text, expected.path())),
                expected.path() + ": printed '" + printed + "'");
    }

    /** A printed count as a number: 无 is 0; thousands separators, signs and full-width digits allowed. */
    static BigDecimal number(String text, String path) {
        if (text.equals("无")) {
            return BigDecimal.ZERO;
        }
        StringBuilder ascii = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                ascii.append((char) ('0' + (c - '０')));
            } else if (c != ',' && c != '，' && c != '+') {
                ascii.append(c);
            }
        }
        try {
            return new BigDecimal(ascii.toString());
        } catch (NumberFormatException e) {
            return fail(path + ": cell '" + text + "' is not a number", e);
        }
    }

    private static void assertHeadings(List<Paragraph> paragraphs, List<String> headings) {
        List<String> texts = paragraphs.stream().map(p -> ReportBlocks.squeeze(p.text())).toList();
        assertAll(headings.stream().map(h -> (Executable) () -> assertTrue(
                texts.stream().anyMatch(t -> t.startsWith(ReportBlocks.squeeze(h))), "no paragraph starts with " + h)));
    }

    private static void assertNoPageNumbers(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            assertTrue(!PAGE_NUMBER.matcher(ReportBlocks.squeeze(p.text())).matches(), "page number in body: " + p.text());
        }
    }

    private static void assertTitle(List<Paragraph> paragraphs, String title) {
        List<String> texts = paragraphs.stream().map(p -> ReportBlocks.squeeze(p.text())).toList();
        boolean single = texts.contains(ReportBlocks.squeeze(title));
        boolean firstTwo = texts.size() >= 2 && (texts.get(0) + texts.get(1)).equals(ReportBlocks.squeeze(title));
        assertTrue(single || firstTwo, "title " + title + " not found; first paragraphs: " + texts.subList(0, Math.min(2, texts.size())));
    }
}
