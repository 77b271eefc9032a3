package org.nianbao.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;

/** The hostile and unusable PDFs of the corpus, the scans, and the parse limits. */
class PdfConverterFailureTest {

    private static final Path BAD = ReportFixture.FIXTURES.resolve("bad/sources");
    private static final Path PDF = ReportFixture.FIXTURES.resolve("pdf/sources");

    private final PdfConverter converter = new PdfConverter();

    @Test
    void truncatedFileIsCorrupt() {
        assertFails(FailureCode.CORRUPT_PDF, BAD.resolve("truncated.pdf"), ParseLimits.DEFAULTS);
    }

    @Test
    void userPasswordIsRequired() {
        ConversionException e = assertFails(FailureCode.ENCRYPTED_PASSWORD_REQUIRED,
                BAD.resolve("encrypted-user-password.pdf"), ParseLimits.DEFAULTS);
        assertTrue(e.getMessage().contains("password is required to open it"), e.getMessage());
    }

    @Test
    void zeroPagesIsNoPages() {
        assertFails(FailureCode.NO_PAGES, BAD.resolve("zero-pages.pdf"), ParseLimits.DEFAULTS);
    }

    @Test
    void blankPageIsNoContent() {
        assertFails(FailureCode.NO_CONTENT, BAD.resolve("blank-page.pdf"), ParseLimits.DEFAULTS);
    }

    @Test
    void morePagesThanTheLimitIsRefused() {
        ParseLimits fourPages = withPagesAndTime(4, Duration.ofSeconds(60));
        ConversionException e = assertFails(FailureCode.TOO_MANY_PAGES, PDF.resolve("syn-004-371300-2020.pdf"), fourPages);
        assertTrue(e.getMessage().contains("5 pages"), e.getMessage());
    }

    @Test
    void exhaustedWallTimeStopsBetweenPages() {
        ParseLimits noTime = withPagesAndTime(500, Duration.ZERO);
        ConversionException e = assertFails(FailureCode.TIMEOUT, PDF.resolve("syn-004-371300-2020.pdf"), noTime);
        assertTrue(e.getMessage().contains("page 1 of 5"), e.getMessage());
    }

    @Test
    void biggerThanTheByteLimitIsTooLarge() {
        ParseLimits tiny = new ParseLimits(1000, 500, 0.01, 1000, 512, Duration.ofSeconds(60));
        assertFails(FailureCode.TOO_LARGE, PDF.resolve("syn-004-371300-2020.pdf"), tiny);
    }

    @ParameterizedTest
    @ValueSource(strings = {"syn-024-371321-2020.pdf", "syn-047-371312-2023.pdf"})
    void scanWithoutTextLayerIsADocumentWithAWarningWhenOcrIsOff(String scan) throws Exception {
        PdfConverter withoutOcr = new PdfConverter(new org.nianbao.convert.ocr.OcrService(
                new org.nianbao.convert.ocr.OcrSettings(false, 1, 1, 1)));
        ParsedDocument document = withoutOcr.convert(Files.readAllBytes(PDF.resolve(scan)), ParseLimits.DEFAULTS);
        assertEquals("NO_TEXT_LAYER", document.warnings().get(0).code());
        assertEquals(1, document.warnings().size());
        assertTrue(document.blocks().isEmpty());
        assertTrue(document.hasUnreliableText());
    }

    @Test
    void ownerPasswordOnlyOpensWithoutWarnings() throws Exception {
        ParsedDocument document = converter.convert(
                Files.readAllBytes(BAD.resolve("encrypted-owner-only.pdf")), ParseLimits.DEFAULTS);
        assertTrue(document.warnings().isEmpty(), document.warnings().toString());
        assertTrue(document.blocks().size() > 20);
    }

    private ConversionException assertFails(FailureCode code, Path file, ParseLimits limits) {
        ConversionException e = assertThrows(ConversionException.class,
                () -> converter.convert(Files.readAllBytes(file), limits));
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), "one-line message");
        return e;
    }

    private static ParseLimits withPagesAndTime(int pages, Duration time) {
        ParseLimits d = ParseLimits.DEFAULTS;
        return new ParseLimits(d.maxBytes(), pages, d.maxInflationRatio(), d.maxEntryBytes(), d.maxNestingDepth(), time);
    }
}
