package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.Block;
import org.nianbao.convert.Cell;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.Table;
import org.nianbao.convert.TableBlock;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Warning;

/**
 * A table read by OCR whose arithmetic fails is flagged with the page it was read from and every cell
 * the failing check used; the same table from a text layer is not (its digits were not guessed).
 */
class OcrCheckWarningTest {

    @Test
    void aFailingSumInATableReadByOcrNamesItsPageAndCells() throws Exception {
        List<Warning> warnings = ocrWarnings(true);
        assertEquals(1, warnings.size(), warnings::toString);
        Warning w = warnings.get(0);
        assertEquals("page 4", w.location());
        assertEquals("page 4: R4 reviewLitigation.review does not add up (expected 2, found 3) in a table read by OCR;"
                + " please check these cells against the scan: tables.reviewLitigation.review.upheld,"
                + " tables.reviewLitigation.review.corrected, tables.reviewLitigation.review.other,"
                + " tables.reviewLitigation.review.pending, tables.reviewLitigation.review.total", w.message());
    }

    @Test
    void aTableFromATextLayerGetsNoOcrWarning() throws Exception {
        assertEquals(List.of(), ocrWarnings(false));
    }

    private static List<Warning> ocrWarnings(boolean ocr) throws Exception {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(cells("行政复议", "行政诉讼"));
        rows.add(cells("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"));
        rows.add(cells("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        // 复议: 1 + 1 + 0 + 0 is 2, but the total reads 3; the two lawsuit blocks add up.
        rows.add(cells("1", "1", "0", "0", "3", "4", "0", "0", "1", "5", "1", "0", "1", "0", "2"));
        List<Block> blocks = List.of(Paragraph.plain("四、政府信息公开行政复议、行政诉讼情况"),
                new TableBlock(new Table(rows), true, 4, ocr));
        ParsedDocument doc = new ParsedDocument(DocumentFormat.PDF, blocks, List.of(), List.of());
        AnnualReport report = new ReportExtractor((a, c) -> Optional.empty())
                .extract(doc, SourceDocument.of(new byte[] {1}, "x.pdf", SourceDocument.CLI, null));
        assertEquals(2, report.tables().reviewLitigation().review().total().intValue() - 1);
        return report.warnings().stream().filter(w -> w.code().equals("OCR_CHECK_FAILED")).toList();
    }

    private static List<Cell> cells(String... texts) {
        List<Cell> row = new ArrayList<>();
        for (String t : texts) {
            row.add(Cell.of(t));
        }
        return row;
    }
}
