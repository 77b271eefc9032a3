package org.nianbao.summary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.nianbao.summary.RegionalSummary;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The Word rendering read back with POI: its structure, which the round-trip test does not see. */
class SummaryDocxTest {

    private static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    @Test
    void hasTheTitlePreambleAndTheSixHeadings() throws IOException {
        RegionalSummary summary = GroundTruthSummaries.summary("371311", 2020);
        try (XWPFDocument doc = read(summary)) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertEquals("罗庄区2020年政府信息公开工作年度报告", title.getText());
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            assertTrue(title.getRuns().get(0).isBold());
            String preamble = doc.getParagraphs().get(1).getText();
            assertTrue(preamble.contains("5个机关"), preamble);
            summary.included().forEach(i -> assertTrue(preamble.contains(i.agency()), i.agency()));
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> WordPage.HEADING_STYLE.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(HEADINGS, headings);
            assertEquals(6, doc.getParagraphs().stream().filter(p -> p.getText().contains("（请在此填写本地区")).count());
        }
    }

    @Test
    void tablesAreRuledAndMergedWithGridSpanAndVMerge() throws IOException {
        try (XWPFDocument doc = read(GroundTruthSummaries.summary("371302", 2023))) {
            assertEquals(3, doc.getTables().size());
            XWPFTable requests = doc.getTables().get(1);
            assertEquals(STBorder.SINGLE, requests.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal());
            assertEquals(3 + 25, requests.getNumberOfRows());
            XWPFTableCell note = requests.getRow(0).getCell(0);
            assertEquals(OfficialTables.REQUESTS_NOTE, note.getText());
            assertEquals(BigInteger.valueOf(3), pr(note).getGridSpan().getVal());
            assertEquals(STMerge.RESTART, pr(note).getVMerge().getVal());
            assertEquals(STMerge.CONTINUE, pr(requests.getRow(2).getCell(0)).getVMerge().getVal());
            assertEquals(BigInteger.valueOf(7), pr(requests.getRow(0).getCell(1)).getGridSpan().getVal());
            // Row 一: the label over three grid columns, then its seven figures.
            assertEquals(8, requests.getRow(3).getTableCells().size());
            assertEquals("一、本年新收政府信息公开申请数量", requests.getRow(3).getCell(0).getText());
            assertEquals(10, requests.getCTTbl().getTblGrid().sizeOfGridColArray());
        }
    }

    @Test
    void numbersItsPagesInTheFooter() throws IOException {
        try (XWPFDocument doc = read(GroundTruthSummaries.summary("371311", 2020))) {
            String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertTrue(footer.contains("PAGE"), footer);
            assertEquals("- 1 -", doc.getFooterList().get(0).getText().trim());
            assertEquals(BigInteger.valueOf(WordPage.A4_WIDTH), doc.getDocument().getBody().getSectPr().getPgSz().getW());
        }
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr();
    }

    private static XWPFDocument read(RegionalSummary summary) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new SummaryDocx().render(summary)));
    }
}
