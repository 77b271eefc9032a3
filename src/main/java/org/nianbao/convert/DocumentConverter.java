package org.nianbao.convert;

/**
 * Turns the bytes of one format into a {@link ParsedDocument}. Knows its library (PDFBox, POI, jsoup)
 * and nothing of annual reports.
 */
public interface DocumentConverter {

    DocumentFormat format();

    ParsedDocument convert(byte[] bytes, ParseLimits limits) throws ConversionException;
}
