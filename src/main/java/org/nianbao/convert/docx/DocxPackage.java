package org.nianbao.convert.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.ParseLimits;

/**
 * Opens a .docx with POI under the parse limits, and turns POI's many ways of refusing a file into
 * one failure code with a message a person can act on.
 */
final class DocxPackage {

    private DocxPackage() {
    }

    static XWPFDocument open(byte[] bytes, ParseLimits limits) throws ConversionException {
        ZipDirectory.check(bytes, limits);
        XmlParts.check(bytes, limits);
        ZipLimits.atLeast(limits);
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI signals unreadable input with IOExceptions and assorted runtime exceptions alike.
            throw classify(e);
        }
    }

    static ConversionException classify(Exception e) {
        String causes = causeMessages(e);
        if (causes.contains("doctype")) {
            return new ConversionException(FailureCode.DTD_NOT_ALLOWED,
                    "the Word file contains a DOCTYPE declaration, which is refused for safety (it can pull in outside files); "
                            + "open it in Word or WPS and save it again as .docx", e);
        }
        if (causes.contains("zip bomb") || causes.contains("potentially malicious")) {
            return new ConversionException(FailureCode.ZIP_BOMB,
                    "the Word file unpacks to far more data than a real document (a zip bomb); it was not read", e);
        }
        return new ConversionException(FailureCode.CORRUPT_DOCX,
                "the file is not a readable .docx document (damaged, or not a Word file); "
                        + "open it in Word or WPS and save it again as .docx", e);
    }

    /** The messages of {@code e} and its causes, lower-cased, for recognising what POI refused. */
    private static String causeMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null && all.length() < 10_000; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
