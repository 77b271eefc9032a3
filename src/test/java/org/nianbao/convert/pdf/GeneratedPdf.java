package org.nianbao.convert.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes small A4 PDFs for layouts the corpus does not have (borderless tables, borders drawn as filled
 * bars, a garbled text layer). Positions are given from the top-left corner, as a reader sees the page.
 */
final class GeneratedPdf {

    /** One drawing instruction on a page's content stream. */
    @FunctionalInterface
    private interface Drawing {
        void draw(PDPageContentStream stream) throws IOException;
    }

    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private final List<List<Drawing>> pages = new ArrayList<>();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    GeneratedPdf() {
        newPage();
    }

    GeneratedPdf newPage() {
        pages.add(new ArrayList<>());
        return this;
    }

    GeneratedPdf text(float x, float baseline, float size, String text) {
        current().add(s -> {
            s.beginText();
            s.setFont(font, size);
            s.newLineAtOffset(x, HEIGHT - baseline);
            s.showText(text);
            s.endText();
        });
        return this;
    }

    /** A border drawn as a filled rectangle, as some producers do. */
    GeneratedPdf bar(float x, float top, float width, float height) {
        current().add(s -> {
            s.addRect(x, HEIGHT - top - height, width, height);
            s.fill();
        });
        return this;
    }

    byte[] bytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Drawing> drawings : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    for (Drawing drawing : drawings) {
                        drawing.draw(stream);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Drawing> current() {
        return pages.get(pages.size() - 1);
    }
}
