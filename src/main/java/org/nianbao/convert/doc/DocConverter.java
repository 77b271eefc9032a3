package org.nianbao.convert.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.convert.Block;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentConverter;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.MetaField;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.docx.Deadline;

/**
 * Word 97–2003 documents: the main story's paragraphs and tables (as true grids) in reading order,
 * plus the document title from the file properties. Headers and footers are separate stories and
 * are not read.
 */
public final class DocConverter implements DocumentConverter {

    /** The stream holding a Word 97–2003 document's text and formatting. */
    private static final String WORD_STREAM = "WordDocument";
    /** The stream of a password-protected .docx, which is stored in the same container format. */
    private static final String ENCRYPTED_OOXML = "EncryptedPackage";

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOC;
    }

    @Override
    public ParsedDocument convert(byte[] bytes, ParseLimits limits) throws ConversionException {
        Deadline deadline = Deadline.after(limits.maxWallTime());
        limits.checkSize(bytes);
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(bytes));
                HWPFDocument document = open(container)) {
            List<Block> blocks = new DocBodyReader(document, deadline).read(document.getRange());
            return new ParsedDocument(DocumentFormat.DOC, blocks, fields(document), List.of());
        } catch (IOException | RuntimeException e) {
            // HWPF reports damaged files with IOExceptions and assorted runtime exceptions alike.
            throw classify(e);
        }
    }

    /**
     * The Word document inside an OLE2 container. The same container format also carries Excel and
     * PowerPoint files, and password-protected .docx files: those are named here rather than being
     * reported as damaged.
     */
    private static HWPFDocument open(POIFSFileSystem container) throws IOException, ConversionException {
        DirectoryNode root = container.getRoot();
        if (root.hasEntry(ENCRYPTED_OOXML)) {
            throw new ConversionException(FailureCode.ENCRYPTED_PASSWORD_REQUIRED,
                    "the Word document is protected by a password; send a copy without the password");
        }
        if (!root.hasEntry(WORD_STREAM)) {
            throw new ConversionException(FailureCode.CORRUPT_DOC,
                    "the file is an Office container but holds no Word document (perhaps a spreadsheet or slides saved as .doc)");
        }
        return new HWPFDocument(container);
    }

    private static ConversionException classify(Exception e) {
        if (e instanceof OldWordFileFormatException) {
            return new ConversionException(FailureCode.UNSUPPORTED_FORMAT,
                    "the file is a Word 6.0/95 document, which is not supported; open it in Word or WPS and save it as .docx", e);
        }
        if (e instanceof EncryptedDocumentException) {
            return new ConversionException(FailureCode.ENCRYPTED_PASSWORD_REQUIRED,
                    "the Word document is protected by a password; send a copy without the password", e);
        }
        return new ConversionException(FailureCode.CORRUPT_DOC,
                "the file is not a readable .doc document (damaged, or not a Word file); "
                        + "open it in Word or WPS and save it again", e);
    }

    private static List<MetaField> fields(HWPFDocument document) {
        return Optional.ofNullable(document.getSummaryInformation())
                .map(SummaryInformation::getTitle)
                .filter(title -> !title.isBlank())
                .map(title -> List.of(new MetaField("documentTitle", title.strip())))
                .orElse(List.of());
    }
}
