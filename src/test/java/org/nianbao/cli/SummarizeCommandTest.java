package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.IndexSettings;
import org.nianbao.index.TruthFiles;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.model.Json;
import org.nianbao.summary.RegionalSummary;
import org.nianbao.summary.SummaryOutbox;

class SummarizeCommandTest {

    private static final List<String> ARCHIVED = List.of("html/syn-011-371311-2020.html",
            "docx/syn-012-371311-2020.docx", "html/syn-061-371311-2020.html", "pdf/syn-037-371302-2023.pdf");

    @TempDir
    Path base;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private IndexSettings index;

    @BeforeEach
    void archiveWithoutIndex() throws Exception {
        for (String file : ARCHIVED) {
            Truth truth = TruthFiles.named(file);
            Path entry = Files.createDirectories(base.resolve("archive/some-region/some-year").resolve(truth.id()));
            Files.write(entry.resolve("report.json"), Json.mapper().writeValueAsBytes(truth.tree()));
        }
        Files.createDirectories(base.resolve("rosters"));
        Files.copy(TruthFiles.FIXTURES.resolve("roster.json"), base.resolve("rosters/roster.json"));
        index = new IndexSettings("jdbc:h2:file:" + base.resolve("data/index"), "sa", "");
    }

    private int run(IndexSettings settings, String... args) {
        return new SummarizeCommand(settings, base.resolve("archive"), base.resolve("rosters"), base.resolve("outbox"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC()).run(List.of(args));
    }

    @Test
    void writesTheSummaryIntoTheOutboxFromTheArchive() throws Exception {
        assertEquals(SummarizeCommand.OK, run(index, "--region", "371311", "--year", "2020"), err.toString(StandardCharsets.UTF_8));

        Path folder = base.resolve("outbox/371311-罗庄区/2020");
        RegionalSummary summary = Json.mapper().readValue(folder.resolve(SummaryOutbox.JSON).toFile(), RegionalSummary.class);
        assertEquals(Set.of(TruthFiles.named(ARCHIVED.get(0)).id(), TruthFiles.named(ARCHIVED.get(1)).id()),
                summary.included().stream().map(RegionalSummary.Included::id).collect(Collectors.toSet()));
        assertEquals(9, summary.missing().size(), "11 on the roster, 2 reported");
        assertTrue(SummaryOutbox.FILES.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f))));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("罗庄区 2020, template 2019, 2 included, 1 excluded, 9 missing"), printed);
    }

    @Test
    void outWritesIntoAnotherFolder() {
        assertEquals(SummarizeCommand.OK, run(index, "--year", "2023", "--region", "371302", "--out",
                base.resolve("elsewhere").toString()));

        assertTrue(Files.isRegularFile(base.resolve("elsewhere/371302-兰山区/2023/summary.pdf")));
        assertTrue(Files.notExists(base.resolve("outbox")));
    }

    @Test
    void wrongArgumentsAreAUsageError() {
        assertEquals(SummarizeCommand.USAGE_ERROR, run(index, "--region", "371311"));
        assertEquals(SummarizeCommand.USAGE_ERROR, run(index, "--region", "罗庄区", "--year", "2020"));
        assertEquals(SummarizeCommand.USAGE_ERROR, run(index, "--region", "371311", "--year", "2020", "--out"));
        assertEquals(SummarizeCommand.USAGE_ERROR, run(index, "--region", "999999", "--year", "2020"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains(SummarizeCommand.USAGE), message);
        assertTrue(message.contains("999999 is not a GB/T 2260 division code"), message);
    }

    @Test
    void anIndexThatCannotBeOpenedFailsWithItsReason() {
        IndexSettings unreachable = new IndexSettings("jdbc:postgresql://127.0.0.1:1/nianbao", "nianbao", "secret");

        assertEquals(SummarizeCommand.FAILED, run(unreachable, "--region", "371311", "--year", "2020"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("summarize: the archive index at jdbc:postgresql://127.0.0.1:1/nianbao"), message);
        assertTrue(!message.contains("secret"), message);
    }
}
