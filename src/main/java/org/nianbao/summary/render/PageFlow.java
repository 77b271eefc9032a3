package org.nianbao.summary.render;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays content down A4 pages from top to bottom: a cursor on the current page, a new page when
 * something does not fit, and the page numbers once everything is placed.
 */
final class PageFlow implements Closeable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN_X = 64;
    static final float MARGIN_TOP = 64;
    static final float MARGIN_BOTTOM = 72;
    /** Where a CJK glyph's top sits above the baseline, as a share of the font size. */
    static final float ASCENT = 0.88f;

    /** Horizontal placement of a line of text. */
    enum Align { LEFT, CENTER }

    private final PDDocument doc;
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument doc) throws IOException {
        this.doc = doc;
        newPage();
    }

    float left() {
        return MARGIN_X;
    }

    float width() {
        return SIZE.getWidth() - 2 * MARGIN_X;
    }

    float y() {
        return y;
    }

    float remaining() {
        return y - MARGIN_BOTTOM;
    }

    /** The height a fresh page offers. */
    static float pageHeight() {
        return SIZE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
    }

    PDPageContentStream content() {
        return content;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = SIZE.getHeight() - MARGIN_TOP;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void need(float height) throws IOException {
        if (height > remaining()) {
            newPage();
        }
    }

    void down(float height) {
        y -= height;
    }

    /** Wrapped text; every line is kept whole on a page. */
    void paragraph(String text, PDFont font, float size, Align align, float indent, float spaceAfter) throws IOException {
        float leading = size * 1.6f;
        List<String> lines = TextWrap.lines(indent(text, indent, size), font, size, width());
        for (String line : lines) {
            need(leading);
            float x = align == Align.CENTER ? left() + (width() - TextWrap.width(line, font, size)) / 2 : left();
            text(line, font, size, x, y - (leading - size) / 2 - size * ASCENT);
            down(leading);
        }
        down(spaceAfter);
    }

    /** A first-line indent as full-width spaces, which CJK fonts give exactly one em each. */
    private static String indent(String text, float indent, float size) {
        return "\u3000".repeat(Math.round(indent / size)) + text;
    }

    void text(String line, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** "- N -" centred at the foot of every page, as official documents number them. */
    static void numberPages(PDDocument doc, PDFont font, float size) throws IOException {
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            String label = "- " + n + " -";
            try (PDPageContentStream footer = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                float x = (SIZE.getWidth() - TextWrap.width(label, font, size)) / 2;
                footer.beginText();
                footer.setFont(font, size);
                footer.newLineAtOffset(x, MARGIN_BOTTOM / 2);
                footer.showText(label);
                footer.endText();
            }
        }
    }
}
