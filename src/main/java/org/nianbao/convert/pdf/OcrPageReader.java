package org.nianbao.convert.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.nianbao.convert.ocr.OcrException;
import org.nianbao.convert.ocr.OcrPage;
import org.nianbao.convert.ocr.OcrService;
import org.nianbao.model.Warning;

/**
 * Reads a page by OCR: renders it in grey at up to 200 dpi with its long side kept to about
 * {@value #MAX_SIDE} pixels (what the detection model reads well, and the resolution of common
 * scans), recognises it and returns the content as glyphs and rulings, with the uncertain numbers.
 */
final class OcrPageReader {

    static final int MAX_SIDE = 1800;
    private static final float MAX_DPI = 200;

    private final OcrService service;
    private final PDFRenderer renderer;
    private final PDDocument document;

    OcrPageReader(OcrService service, PDDocument document) {
        this.service = service;
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** What OCR read on a page: its content and warnings; null when time ran out before it started. */
    record Read(PageContent content, List<Warning> warnings) {
    }

    Read read(int number, BooleanSupplier stop, LongConsumer waited) throws IOException, OcrException, InterruptedException {
        PDRectangle box = document.getPage(number - 1).getCropBox();
        float longSide = Math.max(box.getWidth(), box.getHeight());
        float scale = Math.min(MAX_DPI / 72f, MAX_SIDE / Math.max(longSide, 1f));
        BufferedImage image = renderer.renderImage(number - 1, scale, ImageType.GRAY);
        OcrPage page = service.read(image, stop, waited);
        if (page == null) {
            return null;
        }
        return new Read(OcrGlyphs.content(number, page, scale), OcrConfidence.warnings(number, page));
    }
}
