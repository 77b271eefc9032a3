package org.nianbao.convert.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.MetaField;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;

class DocxConverterTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private final DocxConverter converter = new DocxConverter();

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES.resolve("docx/sources"))) {
            List<Path> docx = files.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
            assertEquals(11, docx.size(), "the corpus has eleven DOCX reports");
            return docx.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureYieldsItsTablesSectionsAndTitle(Path source) throws Exception {
        ParsedDocument document = converter.convert(Files.readAllBytes(source), ParseLimits.DEFAULTS);

        assertEquals(DocumentFormat.DOCX, document.format());
        WordFixtureChecks.assertMatches(document, GroundTruth.of(source));
    }

    @Test
    void documentTitlePropertyBecomesAField() throws Exception {
        ParsedDocument document = convert(FIXTURES.resolve("docx/sources/syn-038-371302-2023.docx"));

        assertEquals(List.of(new MetaField("documentTitle", "兰山区民政局2023年政府信息公开工作年度报告")), document.fields());
    }

    @Test
    void zipBombIsRefusedWithoutInflating() {
        ConversionException e = assertThrows(ConversionException.class,
                () -> convert(FIXTURES.resolve("bad/sources/zip-bomb.docx")));

        assertEquals(FailureCode.ZIP_BOMB, e.code());
        assertOneLine(e);
    }

    @Test
    void externalEntityIsRefusedAndNotResolved() {
        ConversionException e = assertThrows(ConversionException.class,
                () -> convert(FIXTURES.resolve("bad/sources/xxe-external-entity.docx")));

        assertEquals(FailureCode.DTD_NOT_ALLOWED, e.code());
        assertFalse(e.getMessage().contains("root:"), "the entity's target must not be read");
        assertOneLine(e);
    }

    @Test
    void randomBytesAreCorrupt() {
        ConversionException e = assertThrows(ConversionException.class,
                () -> convert(FIXTURES.resolve("bad/sources/random-bytes.docx")));

        assertEquals(FailureCode.CORRUPT_DOCX, e.code());
        assertOneLine(e);
    }

    @Test
    void truncatedPackageIsCorrupt() throws IOException {
        byte[] whole = Files.readAllBytes(FIXTURES.resolve("docx/sources/syn-002-371300-2020.docx"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        ConversionException e = assertThrows(ConversionException.class, () -> converter.convert(half, ParseLimits.DEFAULTS));

        assertEquals(FailureCode.CORRUPT_DOCX, e.code());
    }

    @Test
    void spentWallTimeStopsTheWalk() {
        ParseLimits noTime = new ParseLimits(50L << 20, 500, 0.01, 64L << 20, 512, Duration.ZERO);

        ConversionException e = assertThrows(ConversionException.class,
                () -> converter.convert(Files.readAllBytes(FIXTURES.resolve("docx/sources/seed-004.docx")), noTime));

        assertEquals(FailureCode.TIMEOUT, e.code());
        assertOneLine(e);
    }

    @Test
    void emptyInputIsRefused() {
        ConversionException e = assertThrows(ConversionException.class, () -> converter.convert(new byte[0], ParseLimits.DEFAULTS));

        assertEquals(FailureCode.EMPTY_FILE, e.code());
    }

    private ParsedDocument convert(Path file) throws IOException, ConversionException {
        return converter.convert(Files.readAllBytes(file), ParseLimits.DEFAULTS);
    }

    static void assertOneLine(ConversionException e) {
        assertFalse(e.getMessage().isBlank(), "a message");
        assertTrue(e.getMessage().lines().count() == 1, "one line: " + e.getMessage());
    }
}
