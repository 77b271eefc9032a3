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
import org.nianbao.model.Region;
import org.nianbao.model.Warning;

/**
 * A title read by OCR lost a stroke of the agency's place name (沭阳县 read 沐阳县); the document prints
 * the name right elsewhere. The printed spelling that names the report's division is taken, with a
 * warning; a text layer's title is never changed, and nothing is taken that the document does not print.
 */
class OcrPlaceNameTest {

    private static final String BODY = "根据《条例》要求，现向社会公布沭阳县发\n展和改革局2023年度政府信息公开年度报告。";

    @Test
    void theNameAsTheDocumentPrintsItWithItsDivisionsSpelling() {
        assertEquals(Optional.of("沭阳县发展和改革局"), OcrPlaceName.reread("沐阳县发展和改革局", "沭阳县", BODY));
    }

    @Test
    void noOtherReadingWhereTheDocumentDoesNotPrintIt() {
        assertEquals(Optional.empty(), OcrPlaceName.reread("沐阳县发展和改革局", "沭阳县", "现向社会公布本局年度报告。"));
        // the name printed elsewhere is of another office of the county
        assertEquals(Optional.empty(), OcrPlaceName.reread("沐阳县发展和改革局", "沭阳县", "请与沭阳县财政局联系"));
    }

    @Test
    void onlyOneCharacterOfThePlaceMayDiffer() {
        assertEquals(Optional.empty(), OcrPlaceName.reread("沐阴县发展和改革局", "沭阳县", "沭阳县发展和改革局"));
        assertEquals(Optional.empty(), OcrPlaceName.reread("沭阳县发展和改革局", "沭阳县", "沭阳县发展和改革局"));
        assertEquals(Optional.empty(), OcrPlaceName.reread("县发展和改革局", "沭阳县", "沭阳县发展和改革局"));
    }

    @Test
    void aTitleReadByOcrTakesThePrintedSpellingWithAWarning() throws Exception {
        AnnualReport report = extract(true);
        assertEquals("沭阳县发展和改革局2023年政府信息公开年度报告", report.report().title());
        assertEquals("沭阳县发展和改革局", report.report().agency());
        List<Warning> reread = report.warnings().stream().filter(w -> w.code().equals("OCR_NAME_REREAD")).toList();
        assertEquals(1, reread.size(), report.warnings()::toString);
        assertEquals("title", reread.get(0).location());
    }

    @Test
    void aTitleFromATextLayerIsKeptAsPrinted() throws Exception {
        AnnualReport report = extract(false);
        assertEquals("沐阳县发展和改革局2023年政府信息公开年度报告", report.report().title());
        assertEquals("沐阳县发展和改革局", report.report().agency());
    }

    private static AnnualReport extract(boolean ocr) throws Exception {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(cells("行政复议", "行政诉讼"));
        rows.add(cells("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"));
        rows.add(cells("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        rows.add(cells("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
        List<Block> blocks = List.of(Paragraph.plain("沐阳县发展和改革局2023年政府信息公开年度报告"), Paragraph.plain(BODY),
                Paragraph.plain("四、政府信息公开行政复议、行政诉讼情况"), new TableBlock(new Table(rows), true, 4, ocr));
        List<Warning> warnings = ocr ? List.of(new Warning("PAGE_OCR", "page 1 was read by OCR (it is an image without text)", "page 1"))
                : List.of();
        ParsedDocument doc = new ParsedDocument(DocumentFormat.PDF, blocks, List.of(), warnings);
        Region county = new Region("321322", "沭阳县", List.of("江苏省", "宿迁市", "沭阳县"));
        return new ReportExtractor((agency, context) -> Optional.of(county))
                .extract(doc, SourceDocument.of(new byte[] {1}, "x.pdf", SourceDocument.CLI, null));
    }

    private static List<Cell> cells(String... texts) {
        List<Cell> row = new ArrayList<>();
        for (String t : texts) {
            row.add(Cell.of(t));
        }
        return row;
    }
}
