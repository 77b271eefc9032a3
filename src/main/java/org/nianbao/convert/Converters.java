package org.nianbao.convert;

import java.util.List;
import org.nianbao.convert.doc.DocConverter;
import org.nianbao.convert.docx.DocxConverter;
import org.nianbao.convert.html.HtmlConverter;
import org.nianbao.convert.ocr.OcrService;
import org.nianbao.convert.ocr.OcrSettings;
import org.nianbao.convert.pdf.PdfConverter;
import org.nianbao.convert.text.TextConverter;

/** The document converters the service and the CLI read with, one per {@link DocumentFormat}. */
public final class Converters {

    private Converters() {
    }

    public static List<DocumentConverter> standard() {
        return standard(OcrSettings.DEFAULTS);
    }

    /** The converters, image pages of PDFs read by OCR as {@code ocr} allows. */
    public static List<DocumentConverter> standard(OcrSettings ocr) {
        // Each format's converter is registered here.
        return List.of(new HtmlConverter(), new DocxConverter(), new DocConverter(), new PdfConverter(new OcrService(ocr)),
                new TextConverter());
    }
}
