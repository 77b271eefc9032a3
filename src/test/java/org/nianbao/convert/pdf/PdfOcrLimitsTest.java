package org.nianbao.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.ocr.OcrService;
import org.nianbao.convert.ocr.OcrSettings;
import org.nianbao.model.Warning;

/**
 * OCR's cost is bounded: a 300-page scan is read up to the page cap and the report says which pages
 * were left and why; a document that needs more time than the limit stops OCR in time and still
 * converts, saying so.
 */
class PdfOcrLimitsTest {

    /** {@code pages} A4 pages, each showing the same small image (a framed box) and no text. */
    static byte[] imagePages(int pages) throws IOException {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 120);
        g.setColor(Color.BLACK);
        g.drawRect(10, 10, 280, 100);
        g.drawLine(10, 60, 290, 60);
        g.dispose();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDImageXObject shown = LosslessFactory.createFromImage(document, image);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(shown, 100, 500, 300, 120);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static ParseLimits limits(Duration wallTime) {
        return new ParseLimits(ParseLimits.DEFAULTS.maxBytes(), 500, 0.01, ParseLimits.DEFAULTS.maxEntryBytes(), 256, wallTime);
    }

    private static List<Warning> coded(ParsedDocument document, String code) {
        return document.warnings().stream().filter(w -> w.code().equals(code)).toList();
    }

    @Test
    void aThreeHundredPageScanIsReadUpToThePageCapAndSaysWhatItLeft() throws IOException, ConversionException {
        PdfConverter converter = new PdfConverter(new OcrService(new OcrSettings(true, 1, 3, 1)));
        ParsedDocument document = converter.convert(imagePages(300), limits(Duration.ofMinutes(10)));

        assertEquals(List.of("page 1", "page 2", "page 3"),
                coded(document, "PAGE_OCR").stream().map(Warning::location).toList(), document.warnings()::toString);
        List<Warning> incomplete = coded(document, "OCR_INCOMPLETE");
        assertEquals(1, incomplete.size(), document.warnings()::toString);
        assertEquals("297 page(s) need OCR beyond the limit of 3 pages per document (nianbao.ocr.max-pages): "
                + "pages 4–300 not read", incomplete.get(0).message());
        assertTrue(document.hasUnreliableText(), "the report is partial");
    }

    @Test
    void ocrStopsBeforeTheWallTimeLimitAndTheDocumentStillConverts() throws IOException, ConversionException {
        PdfConverter converter = new PdfConverter(new OcrService(new OcrSettings(true, 1, 300, 1)));
        converter.convert(imagePages(1), limits(Duration.ofMinutes(10)));   // the engine is loaded once per JVM
        ParsedDocument document = converter.convert(imagePages(300), limits(Duration.ofSeconds(20)));

        List<Warning> incomplete = coded(document, "OCR_INCOMPLETE");
        assertEquals(1, incomplete.size(), document.warnings()::toString);
        assertTrue(incomplete.get(0).message().startsWith("OCR stopped at the time limit"), incomplete.get(0).message());
        assertTrue(incomplete.get(0).message().endsWith("–300 not read"), incomplete.get(0).message());
        assertTrue(coded(document, "PAGE_OCR").size() < 300);
        assertTrue(document.hasUnreliableText(), "the report is partial");
    }
}
