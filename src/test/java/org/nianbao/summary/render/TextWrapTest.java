package org.nianbao.summary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextWrapTest {

    private static PDDocument doc;
    private static PDFont font;

    @BeforeAll
    static void loadFont() throws IOException {
        doc = new PDDocument();
        font = new PdfFonts().load(doc).regular();
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    /** 10 pt glyphs: a CJK character is 10 pt wide, so a 45 pt line holds four of them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "三、本年度办理结果|45|三、本年/度办理结/果",
            "（三）不予公开，如下|45|（三）不/予公开，/如下",
            "采购总金额1062.82元|75|采购总金额/1062.82元",
            "商业企业|35|商业企/业"})
    void breaksBetweenCharactersButNotBeforeClosingPunctuationOrInsideANumber(String text, float width, String lines)
            throws IOException {
        assertEquals(List.of(lines.split("/")), TextWrap.lines(text, font, 10, width));
    }

    @Test
    void balancedLinesAreAsEvenAsTheLineCountAllows() throws IOException {
        assertEquals(List.of("商业", "企业"), TextWrap.balanced("商业企业", font, 10, 35));
        assertEquals(List.of("社会公", "益组织"), TextWrap.balanced("社会公益组织", font, 10, 50));
        assertEquals(List.of("总计"), TextWrap.balanced("总计", font, 10, 50));
    }

    @Test
    void everyLineFitsItsWidth() throws IOException {
        String label = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";
        for (String line : TextWrap.lines(label, font, 9, 120)) {
            assertTrue(TextWrap.width(line, font, 9) <= 120, line);
        }
        assertEquals(label, String.join("", TextWrap.lines(label, font, 9, 120)));
    }
}
