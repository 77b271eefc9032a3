package org.nianbao.summary.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.nianbao.summary.RegionalSummary;

/**
 * A regional summary as a Word document in the official report layout: title, preamble, the six section
 * headings each with a placeholder for the office's own prose, and tables 二, 三 and 四 as real Word
 * tables merged as the template merges them.
 */
public final class SummaryDocx {

    private static final String BODY_FONT = "仿宋";
    private static final String HEADING_FONT = "黑体";
    private static final String TITLE_FONT = "宋体";
    /** 三号, the body size of official documents. */
    private static final double BODY_SIZE = 16;
    /** Two full-width spaces: the customary first-line indent of Chinese prose. */
    private static final String INDENT = "\u3000\u3000";

    public byte[] render(RegionalSummary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(summary, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a Word document to memory failed", e);
        }
        return out.toByteArray();
    }

    public void write(RegionalSummary summary, OutputStream out) throws IOException {
        SummaryText text = SummaryText.of(summary);
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPage.setUp(doc);
            title(doc, text.title());
            body(doc, text.preamble());
            for (SummaryText.Section section : text.sections()) {
                heading(doc, section.heading());
                body(doc, section.placeholder());
                section.tables().forEach(grid -> WordTable.write(doc, grid, WordPage.TEXT_WIDTH));
            }
            doc.write(out);
        }
    }

    private static void title(XWPFDocument doc, String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(360);
        run(p, title, TITLE_FONT, 22, true);
    }

    private static void heading(XWPFDocument doc, String heading) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(WordPage.HEADING_STYLE);
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        run(p, heading, HEADING_FONT, BODY_SIZE, true);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(120);
        run(p, INDENT + text, BODY_FONT, BODY_SIZE, false);
    }

    private static void run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
