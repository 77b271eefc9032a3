package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.FixedReportExtractor;
import org.nianbao.convert.ParseLimits;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;

class ConvertCommandTest {

    private static final Path PDF = Path.of("src/test/resources/fixtures/pdf/sources/syn-004-371300-2020.pdf");
    private static final Path DOCX = Path.of("src/test/resources/fixtures/docx/sources/seed-004.docx");
    private static final Path EMPTY = Path.of("src/test/resources/fixtures/bad/sources/empty.pdf");
    private static final Path JUNK = Path.of("src/test/resources/fixtures/bad/sources/random-bytes.docx");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int convert(String... args) throws IOException {
        ConvertCommand command = new ConvertCommand(FixedReportExtractor.linyi2020(ParseLimits.DEFAULTS),
                ParseLimits.DEFAULTS.maxBytes(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), CLOCK, out.resolve("cwd"));
        return command.run(List.of(args));
    }

    private String stderrText() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneFileWithoutOutPrintsItsJson() throws IOException {
        assertEquals(ConvertCommand.OK, convert(PDF.toString()));
        JsonNode report = Json.mapper().readTree(stdout.toByteArray());
        assertEquals(SourceDocument.sha256Hex(Files.readAllBytes(PDF)), report.path("id").asText());
        assertEquals("syn-004-371300-2020.pdf", report.path("source").path("fileName").asText());
        assertEquals("cli", report.path("source").path("channel").asText());
        assertEquals("", stderrText());
        assertEquals(List.of(), names(out));
    }

    @Test
    void withOutEachInputGetsItsStemDotJson() throws IOException {
        Path dir = out.resolve("json");
        assertEquals(ConvertCommand.OK, convert(PDF.toString(), DOCX.toString(), "--out", dir.toString()));
        assertEquals(List.of("seed-004.json", "syn-004-371300-2020.json"), names(dir));
        JsonNode docx = Json.mapper().readTree(dir.resolve("seed-004.json").toFile());
        assertEquals("seed-004.docx", docx.path("source").path("fileName").asText());
        assertEquals("", stderrText());
    }

    @Test
    void aFailedInputPrintsOneLineAndExitsOneWhileTheOthersAreWritten() throws IOException {
        assertEquals(ConvertCommand.SOME_FAILED, convert(EMPTY.toString(), PDF.toString(), JUNK.toString(), "--out=" + out));
        assertEquals(List.of("syn-004-371300-2020.json"), names(out));
        List<String> lines = stderrText().lines().toList();
        assertEquals(List.of(
                EMPTY + ": empty-file: the file is empty (0 bytes)",
                JUNK + ": corrupt-docx: the file is named .docx but its bytes are not a readable DOCX document"),
                lines);
    }

    @Test
    void aMissingFileIsAFailedInput() throws IOException {
        Path missing = out.resolve("missing.pdf");
        assertEquals(ConvertCommand.SOME_FAILED, convert(missing.toString()));
        assertTrue(stderrText().startsWith(missing + ": unreadable: "), stderrText());
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inputsWithTheSameStemDoNotOverwriteEachOther() throws IOException {
        Path copy = Files.copy(PDF, out.resolve("syn-004-371300-2020.docx"));
        Path dir = out.resolve("json");
        assertEquals(ConvertCommand.OK, convert(PDF.toString(), copy.toString(), "--out", dir.toString()));
        assertEquals(List.of("syn-004-371300-2020-2.json", "syn-004-371300-2020.json"), names(dir));
    }

    @Test
    void severalFilesWithoutOutGoIntoTheWorkingDirectory() throws IOException {
        Files.createDirectories(out.resolve("cwd"));
        assertEquals(ConvertCommand.OK, convert(PDF.toString(), DOCX.toString()));
        assertEquals(List.of("seed-004.json", "syn-004-371300-2020.json"), names(out.resolve("cwd")));
        assertEquals("", stderrText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--out", "--bogus x.pdf", "a.pdf --out", "a.pdf --out x --out y"})
    void usageErrorsExitTwo(String args) throws IOException {
        String[] split = args.isEmpty() ? new String[0] : args.split(" ");
        assertEquals(ConvertCommand.USAGE_ERROR, convert(split));
        assertTrue(stderrText().contains(ConvertCommand.USAGE), stderrText());
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
