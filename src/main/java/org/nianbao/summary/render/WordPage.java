package org.nianbao.summary.render;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The page of a Word report: A4 with official margins, a "- N -" page number, a heading style. */
final class WordPage {

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN = 1440;
    /** Width of the text column in twips: what a table may fill. */
    static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
    static final String HEADING_STYLE = "Heading1";

    private WordPage() {
    }

    static void setUp(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(851));
        headingStyle(doc);
        pageNumbers(doc);
    }

    /** A real "heading 1" style, so Word's navigation pane and converters see the six sections as headings. */
    private static void headingStyle(XWPFDocument doc) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(HEADING_STYLE);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading 1");
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        doc.createStyles().addStyle(new XWPFStyle(style));
    }

    /**
     * "- N -" centred in the footer. A complex field (begin, instruction, separate, result, end) is made of
     * runs only, so the dashes around it stay in order.
     */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        text(p, "- ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        text(p, "1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        text(p, " -");
    }

    private static void text(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setFontFamily("宋体");
        run.setFontSize(14);
        run.setText(text);
    }
}
