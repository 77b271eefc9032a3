package org.nianbao.convert.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.FailureCode;

/**
 * Opens PDF bytes with a bounded stream cache, so that one document holds at most a fixed amount of
 * heap for its decoded streams and spills the rest to a temporary file. A PDF protected by an owner
 * password only (empty user password) opens like any other.
 */
final class PdfOpener {

    /** Heap for decoded streams per document; beyond it PDFBox uses a temporary file. */
    private static final long MAX_HEAP_CACHE = 32L * 1024 * 1024;
    /** Heap plus temporary file per document. */
    private static final long MAX_CACHE = 512L * 1024 * 1024;

    private PdfOpener() {
    }

    static PDDocument open(byte[] bytes) throws ConversionException {
        try {
            return Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMixed(MAX_HEAP_CACHE, MAX_CACHE).streamCache);
        } catch (InvalidPasswordException e) {
            throw new ConversionException(FailureCode.ENCRYPTED_PASSWORD_REQUIRED,
                    "the PDF is encrypted and a password is required to open it; please send a copy without a password", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConversionException(FailureCode.CORRUPT_PDF,
                    "the PDF is damaged and cannot be opened (" + e.getMessage() + "); please send the file again", e);
        }
    }
}
