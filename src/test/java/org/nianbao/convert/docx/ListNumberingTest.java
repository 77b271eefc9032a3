package org.nianbao.convert.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.Paragraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Headings and labels numbered by a Word list come out with the numbers Word shows. */
class ListNumberingTest {

    @Test
    void listNumberedHeadingsAndSubPointsGetTheirPrintedNumbers() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(abs, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
            paragraph(doc, numId, 0, "总体情况");
            paragraph(doc, numId, 1, "主动公开。全年公开信息10条。");
            paragraph(doc, numId, 1, "依申请公开。收到申请5件。");
            paragraph(doc, numId, 0, "主动公开政府信息情况");
            paragraph(doc, numId, 1, "规章。");
            doc.createParagraph().createRun().setText("未编号的正文。");
            doc.write(out);
            docx = out.toByteArray();
        }
        List<String> texts = new DocxConverter().convert(docx, ParseLimits.DEFAULTS).blocks().stream()
                .map(b -> ((Paragraph) b).text()).toList();
        assertEquals(List.of("一、总体情况", "（一）主动公开。全年公开信息10条。", "（二）依申请公开。收到申请5件。",
                "二、主动公开政府信息情况", "（一）规章。", "未编号的正文。"), texts);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"chineseCounting,1,一", "chineseCounting,10,十", "chineseCounting,11,十一", "chineseCounting,23,二十三",
            "decimal,7,7", "ideographTraditional,2,乙", "decimalEnclosedCircle,3,③", "upperLetter,2,B", "bullet,4,''"})
    void formatsNumbersAsWordPrintsThem(String format, int n, String printed) {
        assertEquals(printed, ListNumberFormat.format(format, n));
    }

    private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void paragraph(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }
}
