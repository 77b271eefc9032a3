package org.nianbao.convert.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.Block;
import org.nianbao.convert.Cell;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.Paragraph.Alignment;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.TableBlock;

/** Body constructs the fixtures do not carry: text boxes, nested tables, fields, styles, revisions. */
class DocxBodyTest {

    private static final String STYLES = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"标题 1\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Sig\"><w:name w:val=\"Signature line\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:jc w:val=\"right\"/></w:pPr></w:style>";

    @Test
    void textBoxTextIsReadOnceInPlace() throws Exception {
        String box = "<w:txbxContent><w:p><w:r><w:t>某某局</w:t></w:r></w:p><w:p><w:r><w:t>2020年政府信息公开工作年度报告</w:t></w:r></w:p></w:txbxContent>";
        String body = p("前言") + "<w:p><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box
                + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>" + p("一、总体情况");

        assertEquals(List.of("前言", "某某局", "2020年政府信息公开工作年度报告", "一、总体情况"), texts(convert(body)));
    }

    @Test
    void nestedTableFollowsItsTableWithoutRepeatingItsText() throws Exception {
        String inner = "<w:tbl><w:tr><w:tc>" + p("内1") + "</w:tc><w:tc>" + p("内2") + "</w:tc></w:tr></w:tbl>";
        String body = "<w:tbl><w:tr><w:tc>" + p("外") + "</w:tc><w:tc>" + p("上") + inner + p("下") + "</w:tc></w:tr></w:tbl>";

        List<Block> blocks = convert(body);

        assertEquals(2, blocks.size());
        assertEquals(List.of(List.of(Cell.of("外"), Cell.of("上\n下"))), ((TableBlock) blocks.get(0)).table().rows());
        assertEquals(List.of(List.of(Cell.of("内1"), Cell.of("内2"))), ((TableBlock) blocks.get(1)).table().rows());
    }

    @Test
    void pageFieldsAndInstructionsStayOutHyperlinkResultsStayIn() throws Exception {
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">第</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页，见</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"http://x\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>网站</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:fldSimple w:instr=\"NUMPAGES\"><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>";

        assertEquals(List.of("第页，见网站"), texts(convert(body)));
    }

    @Test
    void anUnterminatedFieldDoesNotHideTheNextParagraph() throws Exception {
        String body = "<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>" + p("乙");

        assertEquals(List.of("甲", "乙"), texts(convert(body)));
    }

    @Test
    void markupNestedBeyondTheLimitIsRefused() {
        String body = "<w:tbl><w:tr><w:tc>".repeat(10) + p("深") + "</w:tc></w:tr></w:tbl>".repeat(10);
        ParseLimits shallow = new ParseLimits(1 << 20, 10, 0.01, 1 << 20, 20, Duration.ofSeconds(10));

        ConversionException e = assertThrows(ConversionException.class,
                () -> new DocxConverter().convert(MinimalDocx.of(body, STYLES), shallow));

        assertEquals(FailureCode.NESTING_TOO_DEEP, e.code());
    }

    @Test
    void deletedTextIsLeftOutAndInsertedTextKept() throws Exception {
        String body = "<w:p><w:r><w:t>收到申请</w:t></w:r><w:del><w:r><w:delText>5</w:delText></w:r></w:del>"
                + "<w:ins><w:r><w:t>6</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r></w:p>";

        assertEquals(List.of("收到申请6件"), texts(convert(body)));
    }

    @Test
    void headingAlignmentAndBoldComeFromStylesAndRuns() throws Exception {
        String body = "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>二、</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>主动公开</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>（一）</w:t></w:r><w:r><w:t>正文</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Sig\"/></w:pPr><w:r><w:t>某某局</w:t></w:r></w:p>";

        List<Block> blocks = convert(body);

        assertEquals(new Paragraph("一、总体情况", 1, true, Alignment.CENTER, 0), blocks.get(0));
        assertEquals(new Paragraph("二、 主动公开", 2, true, Alignment.LEFT, 0), blocks.get(1));
        assertEquals(new Paragraph("（一）正文", 0, false, Alignment.LEFT, 0), blocks.get(2));
        assertEquals(new Paragraph("某某局", 0, false, Alignment.RIGHT, 0), blocks.get(3));
    }

    @Test
    void blankParagraphsAndBreaksAreHandledAsLayout() throws Exception {
        String body = p("\u00a0") + "<w:p><w:r><w:t>某某局</w:t><w:br/><w:t>2020年度报告</w:t></w:r></w:p>" + p("　　");

        assertEquals(List.of("某某局\n2020年度报告"), texts(convert(body)));
    }

    private static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static List<Block> convert(String body) throws Exception {
        return new DocxConverter().convert(MinimalDocx.of(body, STYLES), ParseLimits.DEFAULTS).blocks();
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> ((Paragraph) b).text()).toList();
    }
}
