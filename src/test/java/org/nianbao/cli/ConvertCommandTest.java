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
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.FixedReportExtractor;
import org.nianbao.StubConverter;
import org.nianbao.convert.DocumentConverter;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FormatDetector;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;
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

    /** Counts the documents the pipeline is asked to convert, so a test sees work done twice. */
    private final AtomicInteger conversions = new AtomicInteger();
    private final ReportPipeline counting = new ReportPipeline(new FormatDetector(),
            Arrays.stream(DocumentFormat.values()).<DocumentConverter>map(StubConverter::new).toList(),
            new FixedReportExtractor(FixedReportExtractor.LINYI, 2020), ParseLimits.DEFAULTS) {
        @Override
        public Outcome process(SourceDocument source) {
            conversions.incrementAndGet();
            return super.process(source);
        }
    };

    private int convert(String... args) throws IOException {
        return command(false).run(List.of(args));
    }

    private ConvertCommand command(boolean terminal) {
        return new ConvertCommand(counting, ParseLimits.DEFAULTS.maxBytes(),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), CLOCK, out.resolve("cwd"), terminal,
                new AtomicLong()::incrementAndGet);
    }

    private void assertOnlySummary(String start) {
        List<String> lines = stderrText().lines().toList();
        assertEquals(1, lines.size(), stderrText());
        assertTrue(lines.get(0).startsWith(start), lines.get(0));
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
        assertOnlySummary("convert: 2 inputs: 2 converted (0 partial), 0 up to date, 0 failed in ");
    }

    @Test
    void aFailedInputPrintsOneLineAndExitsOneWhileTheOthersAreWritten() throws IOException {
        assertEquals(ConvertCommand.SOME_FAILED, convert(EMPTY.toString(), PDF.toString(), JUNK.toString(), "--out=" + out));
        assertEquals(List.of("syn-004-371300-2020.json"), names(out));
        List<String> lines = stderrText().lines().toList();
        assertEquals(3, lines.size(), stderrText());
        assertEquals(Set.of(
                EMPTY + ": empty-file: the file is empty (0 bytes)",
                JUNK + ": corrupt-docx: the file is named .docx but its bytes are not a readable DOCX document"),
                Set.copyOf(lines.subList(0, 2)));
        assertTrue(lines.get(2).startsWith("convert: 3 inputs: 1 converted (0 partial), 0 up to date, 2 failed"
                + " (corrupt-docx 1, empty-file 1) in "), lines.get(2));
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
        assertOnlySummary("convert: 2 inputs: 2 converted (0 partial), 0 up to date, 0 failed in ");
    }

    @Test
    void foldersAreReadRecursivelyAndMirroredUnderOut() throws IOException {
        Path in = out.resolve("in");
        Files.createDirectories(in.resolve("2020/兰山区"));
        Files.createDirectories(in.resolve("2023/兰山区"));
        Files.createDirectories(in.resolve(".cache"));
        Files.copy(PDF, in.resolve("2020/兰山区/年报.pdf"));
        Files.copy(DOCX, in.resolve("2023/兰山区/年报.DOCX"));
        Files.copy(PDF, in.resolve("2023/a.pdf"));
        Files.copy(PDF, in.resolve(".cache/hidden.pdf"));
        Files.writeString(in.resolve("2023/notes.txt"), "not a document", StandardCharsets.UTF_8);
        Path dir = out.resolve("json");

        assertEquals(ConvertCommand.OK, convert(in.toString(), "--out", dir.toString(), "--threads", "2"));

        assertEquals(List.of("2020/兰山区/年报.json", "2023/a.json", "2023/兰山区/年报.json"), tree(dir));
        JsonNode docx = Json.mapper().readTree(dir.resolve("2023/兰山区/年报.json").toFile());
        assertEquals(SourceDocument.sha256Hex(Files.readAllBytes(DOCX)), docx.path("id").asText());
        assertEquals(3, conversions.get());
        assertTrue(stderrText().startsWith("convert: 3 inputs: 3 converted (0 partial), 0 up to date, 0 failed in "),
                stderrText());
    }

    @Test
    void resumeConvertsNothingTwice() throws IOException {
        Path in = out.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Path first = Files.copy(PDF, in.resolve("a.pdf"));
        Path second = Files.copy(DOCX, in.resolve("sub/b.docx"));
        Path dir = out.resolve("json");
        assertEquals(ConvertCommand.OK, convert(in.toString(), "--out", dir.toString()));
        assertEquals(2, conversions.get());
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(dir.resolve("a.json"), old);
        Files.setLastModifiedTime(dir.resolve("sub/b.json"), old);
        // a.pdf: the output is older than the input but holds its SHA-256; b.docx: the output is newer
        Files.setLastModifiedTime(second, FileTime.from(Instant.parse("2019-01-01T00:00:00Z")));
        Path third = Files.copy(PDF, in.resolve("sub/c.pdf"));
        stderr.reset();

        assertEquals(ConvertCommand.OK, convert(in.toString(), "--out", dir.toString(), "--resume"));

        assertEquals(3, conversions.get(), "only the new input is converted");
        assertEquals(old, Files.getLastModifiedTime(dir.resolve("a.json")));
        assertEquals(old, Files.getLastModifiedTime(dir.resolve("sub/b.json")));
        assertEquals(List.of("a.json", "sub/b.json", "sub/c.json"), tree(dir));
        assertTrue(stderrText().startsWith("convert: 3 inputs: 1 converted (0 partial), 2 up to date, 0 failed in "),
                stderrText());
        assertTrue(Files.exists(first) && Files.exists(third));
    }

    @Test
    void resumeConvertsAnInputWhoseOutputIsStaleAgain() throws IOException {
        Path in = out.resolve("in");
        Files.createDirectories(in);
        Path input = Files.copy(PDF, in.resolve("a.pdf"));
        Path dir = out.resolve("json");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.json"), "{\"id\":\"" + "0".repeat(64) + "\"}", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(dir.resolve("a.json"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.setLastModifiedTime(input, FileTime.from(Instant.parse("2021-01-01T00:00:00Z")));

        assertEquals(ConvertCommand.OK, convert(in.toString(), "--out", dir.toString(), "--resume"));

        assertEquals(1, conversions.get());
        assertEquals(SourceDocument.sha256Hex(Files.readAllBytes(PDF)),
                Json.mapper().readTree(dir.resolve("a.json").toFile()).path("id").asText());
    }

    @Test
    void onATerminalAProgressLineIsDrawnAndClearedBeforeEachFailureLine() throws IOException {
        Path dir = out.resolve("json");
        assertEquals(ConvertCommand.SOME_FAILED, command(true).run(List.of(PDF.toString(), EMPTY.toString(),
                "--out", dir.toString(), "--threads", "1")));
        String text = stderrText();
        assertTrue(text.contains("\r1/2  "), text);
        assertTrue(text.contains("\r" + EMPTY + ": empty-file: the file is empty (0 bytes)\n")
                || text.startsWith(EMPTY + ": empty-file"), text);
        assertTrue(text.contains("2/2  ") && text.contains("  1 failed"), text);
        assertTrue(text.endsWith("\rconvert: 2 inputs: 1 converted (0 partial), 0 up to date, 1 failed (empty-file 1) in "
                + text.substring(text.lastIndexOf(" in ") + 4)), text);
    }

    @Test
    void withoutATerminalStandardErrorHoldsOnlyFailureLinesAndTheSummary() throws IOException {
        Path dir = out.resolve("json");
        assertEquals(ConvertCommand.SOME_FAILED, convert(PDF.toString(), EMPTY.toString(), DOCX.toString(),
                "--out", dir.toString()));
        List<String> lines = stderrText().lines().toList();
        assertEquals(2, lines.size(), stderrText());
        assertEquals(EMPTY + ": empty-file: the file is empty (0 bytes)", lines.get(0));
        assertTrue(lines.get(1).matches("convert: 3 inputs: 2 converted \\(0 partial\\), 0 up to date, 1 failed"
                + " \\(empty-file 1\\) in [0-9]+\\.[0-9] s"), lines.get(1));
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
        assertTrue(!stderrText().contains("\r"));
    }

    @Test
    void controlCharactersInAFailureLineAreShownEscaped() throws IOException {
        Path hostile = Files.write(out.resolve("a\rb\u001b[2Jc.pdf"), new byte[0]);
        assertEquals(ConvertCommand.SOME_FAILED, convert(hostile.toString(), "--out", out.resolve("json").toString()));
        List<String> lines = stderrText().lines().toList();
        assertEquals(out.resolve("a") + "\\u000db\\u001b[2Jc.pdf: empty-file: the file is empty (0 bytes)", lines.get(0));
        assertEquals(2, lines.size(), stderrText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--out", "--bogus x.pdf", "a.pdf --out", "a.pdf --out x --out y", "a.pdf --threads 0",
            "a.pdf b.pdf --threads", "a.pdf --threads x", "a.pdf --resume"})
    void usageErrorsExitTwo(String args) throws IOException {
        String[] split = args.isEmpty() ? new String[0] : args.split(" ");
        assertEquals(ConvertCommand.USAGE_ERROR, convert(split));
        assertTrue(stderrText().contains(ConvertCommand.USAGE), stderrText());
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
    }

    /** Every file below {@code folder}, as relative paths with forward slashes, sorted. */
    private static List<String> tree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
