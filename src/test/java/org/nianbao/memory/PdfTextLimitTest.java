package org.nianbao.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.pdf.PdfConverter;

/** The characters kept from a PDF are bounded within a page too, whatever the file's size. */
class PdfTextLimitTest {

    @TempDir
    Path base;

    @Test
    void aSmallPageDrawingTheSameTextAThousandTimesIsRefusedAsTooLarge() throws Exception {
        // 20 lines of 150 characters drawn 1000 times: 3 million characters on one page of a few kilobytes.
        Path pdf = LargeInputs.pdfRepeatedForm(base.resolve("repeated.pdf"), 20, 1000);
        assertTrue(Files.size(pdf) < 64 * 1024, "a small file: " + Files.size(pdf));
        ConversionException refused = assertThrows(ConversionException.class,
                () -> new PdfConverter().convert(Files.readAllBytes(pdf), ParseLimits.DEFAULTS));
        assertEquals(FailureCode.TOO_LARGE, refused.code());
        assertTrue(refused.getMessage().contains("more than 500000 characters") && refused.getMessage().contains("page 1"),
                refused.getMessage());
    }

    @Test
    void theSameFormDrawnWithinTheLimitIsRead() throws Exception {
        Path pdf = LargeInputs.pdfRepeatedForm(base.resolve("within.pdf"), 20, 10);
        ParsedDocument read = new PdfConverter().convert(Files.readAllBytes(pdf), ParseLimits.DEFAULTS);
        assertEquals(DocumentFormat.PDF, read.format());
        assertFalse(read.blocks().isEmpty());
    }
}
