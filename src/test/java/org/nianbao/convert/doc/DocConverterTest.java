package org.nianbao.convert.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.Paragraph.Alignment;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.docx.GroundTruth;
import org.nianbao.convert.docx.ReportBlocks;
import org.nianbao.convert.docx.WordFixtureChecks;

class DocConverterTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    /** The OLE2 signature: what makes the service hand bytes to this converter. */
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final DocConverter converter = new DocConverter();

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES.resolve("doc/sources"))) {
            List<Path> doc = files.filter(p -> p.toString().endsWith(".doc")).sorted().toList();
            assertEquals(3, doc.size(), "the corpus has three Word 97 reports");
            return doc.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureYieldsItsTablesSectionsAndTitle(Path source) throws Exception {
        ParsedDocument document = converter.convert(Files.readAllBytes(source), ParseLimits.DEFAULTS);

        assertEquals(DocumentFormat.DOC, document.format());
        WordFixtureChecks.assertMatches(document, GroundTruth.of(source));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void tableCellsAreNotAlsoBodyParagraphs(Path source) throws Exception {
        List<Paragraph> paragraphs = new ReportBlocks(converter.convert(Files.readAllBytes(source), ParseLimits.DEFAULTS)).paragraphs();

        assertTrue(paragraphs.stream().noneMatch(p -> ReportBlocks.squeeze(p.text()).equals("申请人情况")
                || ReportBlocks.squeeze(p.text()).equals("结果维持")), "a table cell leaked into the body");
    }

    @Test
    void signatureLinesKeepTheirRightAlignment() throws Exception {
        List<Paragraph> paragraphs = new ReportBlocks(converter.convert(
                Files.readAllBytes(FIXTURES.resolve("doc/sources/syn-044-371311-2023.doc")), ParseLimits.DEFAULTS)).paragraphs();

        Paragraph last = paragraphs.get(paragraphs.size() - 1);
        assertEquals("2024年1月24日", last.text());
        assertEquals(Alignment.RIGHT, last.alignment());
        assertEquals(Alignment.CENTER, paragraphs.get(0).alignment());
    }

    @Test
    void truncatedFileIsCorrupt() throws IOException {
        byte[] whole = Files.readAllBytes(FIXTURES.resolve("doc/sources/syn-009-371302-2020.doc"));

        assertCorrupt(Arrays.copyOf(whole, 4096));
    }

    @Test
    void ole2SignatureOverGarbageIsCorrupt() {
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        System.arraycopy(OLE2_MAGIC, 0, garbage, 0, OLE2_MAGIC.length);

        assertCorrupt(garbage);
    }

    @Test
    void passwordProtectedDocxInItsOle2ContainerAsksForThePassword() throws IOException {
        ConversionException e = assertThrows(ConversionException.class,
                () -> converter.convert(container("EncryptedPackage"), ParseLimits.DEFAULTS));

        assertEquals(FailureCode.ENCRYPTED_PASSWORD_REQUIRED, e.code());
    }

    @Test
    void containerWithoutAWordStreamIsNotAWordDocument() throws IOException {
        assertCorrupt(container("Workbook"));
    }

    @Test
    void spentWallTimeStopsTheWalk() {
        ParseLimits noTime = new ParseLimits(50L << 20, 500, 0.01, 64L << 20, 512, Duration.ZERO);

        ConversionException e = assertThrows(ConversionException.class,
                () -> converter.convert(Files.readAllBytes(FIXTURES.resolve("doc/sources/syn-053-371321-2023.doc")), noTime));

        assertEquals(FailureCode.TIMEOUT, e.code());
    }

    /** An OLE2 container holding a single stream named {@code entry}. */
    private static byte[] container(String entry) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), entry);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private void assertCorrupt(byte[] bytes) {
        ConversionException e = assertThrows(ConversionException.class, () -> converter.convert(bytes, ParseLimits.DEFAULTS));

        assertEquals(FailureCode.CORRUPT_DOC, e.code());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
