package org.nianbao.extract;

import org.nianbao.convert.ConversionException;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;

/** Reads an annual report out of a format-neutral document. Knows nothing of PDFBox, POI or jsoup. */
public class ReportExtractor {

    public AnnualReport extract(ParsedDocument document, SourceDocument source) throws ConversionException {
        throw new ConversionException(FailureCode.INTERNAL_ERROR, "report extraction is not available yet");
    }
}
