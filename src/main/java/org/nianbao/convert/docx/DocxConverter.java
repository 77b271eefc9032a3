package org.nianbao.convert.docx;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.nianbao.convert.Block;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentConverter;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.MetaField;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.w3c.dom.Element;

/**
 * Word 2007+ documents: the body's paragraphs (text boxes included, headers and footers not) and
 * tables as true grids, in reading order, plus the document title from the file properties.
 */
public final class DocxConverter implements DocumentConverter {

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public ParsedDocument convert(byte[] bytes, ParseLimits limits) throws ConversionException {
        Deadline deadline = Deadline.after(limits.maxWallTime());
        limits.checkSize(bytes);
        try (XWPFDocument document = DocxPackage.open(bytes, limits)) {
            List<Block> blocks = read(document, limits, deadline);
            return new ParsedDocument(DocumentFormat.DOCX, blocks, fields(document), List.of());
        } catch (IOException e) {
            // Closing a package read from memory writes nothing; failing there means the package was unusable.
            throw DocxPackage.classify(e);
        }
    }

    private static List<Block> read(XWPFDocument document, ParseLimits limits, Deadline deadline)
            throws ConversionException {
        try {
            WordStyles styles = WordStyles.of(document.getStyles());
            Element body = (Element) document.getDocument().getBody().getDomNode();
            ElementDepth.check(body, limits.maxNestingDepth());
            ListNumbering numbering = ListNumbering.of(document.getNumbering(), document.getStyles());
            return new BodyReader(styles, numbering, deadline).read(body);
        } catch (RuntimeException e) {
            // POI's XML store throws unchecked exceptions on markup it cannot represent.
            throw DocxPackage.classify(e);
        }
    }

    private static List<MetaField> fields(XWPFDocument document) {
        return Optional.ofNullable(document.getProperties())
                .map(POIXMLProperties::getCoreProperties)
                .map(POIXMLProperties.CoreProperties::getTitle)
                .filter(title -> !title.isBlank())
                .map(title -> List.of(new MetaField("documentTitle", title.strip())))
                .orElse(List.of());
    }
}
