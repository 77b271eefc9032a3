package org.nianbao.convert;

import java.util.List;
import org.nianbao.convert.doc.DocConverter;
import org.nianbao.convert.docx.DocxConverter;
import org.nianbao.convert.html.HtmlConverter;
import org.nianbao.convert.pdf.PdfConverter;
import org.nianbao.convert.text.TextConverter;

/** The document converters the service and the CLI read with, one per {@link DocumentFormat}. */
public final class Converters {

    private Converters() {
    }

    public static List<DocumentConverter> standard() {
        // Each format's converter is registered here.
        return List.of(new HtmlConverter(), new DocxConverter(), new DocConverter(), new PdfConverter(), new TextConverter());
    }
}
