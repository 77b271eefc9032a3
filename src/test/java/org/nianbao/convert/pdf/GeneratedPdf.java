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
import org.apache.pdfbox.util.Matrix;

/**
 * Writes small A4 PDFs for layouts the corpus does not have (borderless tables, borders drawn as filled
 * bars, rotated pages, a garbled text layer). Positions are given from the top-left corner of the page
 * as it is displayed.
 */
final class GeneratedPdf {

    /** One drawing instruction on a page's content stream, given the displayed page height. */
    @FunctionalInterface
    private interface Drawing {
        void draw(PDPageContentStream stream, float height) throws IOException;
    }

    /** A page: portrait A4, or A4 stored portrait with /Rotate 90 so that it is displayed landscape. */
    private record Page(boolean rotated, List<Drawing> drawings) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    GeneratedPdf() {
        newPage();
    }

    GeneratedPdf newPage() {
        pages.add(new Page(false, new ArrayList<>()));
        return this;
    }

    /** A new page turned by /Rotate 90; positions are still given on the page as displayed. */
    GeneratedPdf newRotatedPage() {
        pages.add(new Page(true, new ArrayList<>()));
        return this;
    }

    GeneratedPdf text(float x, float baseline, float size, String text) {
        current().add((s, height) -> {
            s.beginText();
            s.setFont(font, size);
            s.newLineAtOffset(x, height - baseline);
            s.showText(text);
            s.endText();
        });
        return this;
    }

    /** A line set from {@code x} to {@code right}, stretched by character spacing as justified text is. */
    GeneratedPdf justified(float x, float right, float baseline, float size, String text) {
        float spacing = (right - x - width(text, size)) / (text.length() - 1);
        current().add((s, height) -> {
            s.beginText();
            s.setFont(font, size);
            s.setCharacterSpacing(spacing);
            s.newLineAtOffset(x, height - baseline);
            s.showText(text);
            s.setCharacterSpacing(0);
            s.endText();
        });
        return this;
    }

    /** A line centred between {@code left} and {@code right}. */
    GeneratedPdf centred(float left, float right, float baseline, float size, String text) {
        return text((left + right - width(text, size)) / 2, baseline, size, text);
    }

    /** A border drawn as a filled rectangle, as some producers do. */
    GeneratedPdf bar(float x, float top, float width, float height) {
        current().add((s, pageHeight) -> {
            s.addRect(x, pageHeight - top - height, width, height);
            s.fill();
        });
        return this;
    }

    byte[] bytes() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Page spec : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    float height = PDRectangle.A4.getHeight();
                    if (spec.rotated()) {
                        // Displayed turned 90 degrees clockwise: draw in the displayed frame.
                        page.setRotation(90);
                        stream.transform(new Matrix(0, 1, -1, 0, PDRectangle.A4.getWidth(), 0));
                        height = PDRectangle.A4.getWidth();
                    }
                    for (Drawing drawing : spec.drawings()) {
                        drawing.draw(stream, height);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Drawing> current() {
        return pages.get(pages.size() - 1).drawings();
    }
}
