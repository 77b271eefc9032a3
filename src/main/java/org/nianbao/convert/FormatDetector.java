package org.nianbao.convert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.nianbao.convert.text.TextDecoder;

/**
 * Decides a document's format from its bytes (magic numbers, zip entries, markup, decodable text), and
 * from the file name only when the bytes say nothing. A file whose name lies is converted by what it is.
 */
public final class FormatDetector {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** The format the bytes show, if they show one. */
    public Optional<DocumentFormat> fromBytes(byte[] bytes) {
        if (indexOf(bytes, PDF_MAGIC, 1024) >= 0) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return isWordPackage(bytes) ? Optional.of(DocumentFormat.DOCX) : Optional.empty();
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return Optional.of(DocumentFormat.DOC);
        }
        if (looksLikeMarkup(bytes)) {
            return Optional.of(DocumentFormat.HTML);
        }
        if (TextDecoder.decode(bytes).isPresent()) {
            return Optional.of(DocumentFormat.TXT);
        }
        return Optional.empty();
    }

    /** The format the file name claims, if any. */
    public Optional<DocumentFormat> fromName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".pdf")) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (name.endsWith(".docx") || name.endsWith(".wps")) {
            return Optional.of(DocumentFormat.DOCX);
        }
        if (name.endsWith(".doc")) {
            return Optional.of(DocumentFormat.DOC);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || name.endsWith(".xhtml")) {
            return Optional.of(DocumentFormat.HTML);
        }
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".text")) {
            return Optional.of(DocumentFormat.TXT);
        }
        return Optional.empty();
    }

    /**
     * The format to convert with: the bytes decide; a zip or OLE2 container whose kind the bytes cannot
     * tell falls back to the name.
     */
    public DocumentFormat detect(byte[] bytes, String fileName) throws ConversionException {
        if (bytes.length == 0) {
            throw new ConversionException(FailureCode.EMPTY_FILE, "the file is empty (0 bytes)");
        }
        Optional<DocumentFormat> byBytes = fromBytes(bytes);
        if (byBytes.isPresent()) {
            return byBytes.get();
        }
        Optional<DocumentFormat> byName = fromName(fileName);
        if (byName.isPresent() && byName.get() == DocumentFormat.DOCX && startsWith(bytes, ZIP_MAGIC)) {
            return DocumentFormat.DOCX;
        }
        if (byName.isPresent()) {
            throw new ConversionException(corruptCode(byName.get()),
                    "the file is named ." + byName.get().name().toLowerCase(Locale.ROOT)
                            + " but its bytes are not a readable " + byName.get().name() + " document");
        }
        throw new ConversionException(FailureCode.UNSUPPORTED_FORMAT,
                "unsupported format: not a PDF, DOCX, DOC or HTML document, nor readable text" + (fileName == null ? "" : " (" + fileName + ")"));
    }

    public static FailureCode corruptCode(DocumentFormat format) {
        return switch (format) {
            case PDF -> FailureCode.NOT_A_PDF;
            case DOCX -> FailureCode.CORRUPT_DOCX;
            case DOC -> FailureCode.CORRUPT_DOC;
            case HTML -> FailureCode.CORRUPT_HTML;
            case TXT -> FailureCode.UNSUPPORTED_FORMAT;
        };
    }

    private static boolean isWordPackage(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 200) {
                if (entry.getName().startsWith("word/")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            // Not a readable zip: the name decides, and the DOCX converter then reports it as corrupt.
            return false;
        }
    }

    private static boolean looksLikeMarkup(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<head") || (head.contains("<p") && head.contains("</p>"))
                || (head.contains("<div") && head.contains("</div>")) || head.contains("<table");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int within) {
        int end = Math.min(bytes.length, within) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
