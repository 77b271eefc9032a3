package org.nianbao.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexResult;
import org.nianbao.index.RegionYear;
import org.nianbao.index.SettableClock;
import org.nianbao.index.TestDatabase;
import org.nianbao.index.TruthFiles;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.model.Json;

/** Indexing archive entries, rebuilding due summaries after a quiet period, and the scheduled rebuild. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RegionalSummariesTest {

    private static final Duration QUIET = Duration.ofSeconds(30);
    private static final List<String> LUOZHUANG_2020 = List.of("html/syn-011-371311-2020.html",
            "docx/syn-012-371311-2020.docx", "docx/syn-013-371311-2020.docx");

    @Parameter
    TestDatabase database;

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(Instant.parse("2024-02-01T08:00:00Z"));
    private Path rosters;
    private SummaryOutbox outbox;
    private RegionalSummaries summaries;
    private ArchiveIndex index;

    @BeforeEach
    void service() throws Exception {
        index = ArchiveIndex.open(database.create(folder), clock);
        rosters = Files.createDirectories(folder.resolve("rosters"));
        Files.copy(CorpusIndex.ROSTER, rosters.resolve("roster.json"));
        outbox = new SummaryOutbox(folder.resolve("outbox"));
        summaries = new RegionalSummaries(index, rosters, outbox, QUIET, Duration.ofMinutes(10), clock);
    }

    @Test
    void reportsArrivingCloseTogetherGiveOneRebuildOnceTheyGoQuiet() throws Exception {
        for (String file : LUOZHUANG_2020) {
            assertEquals(IndexResult.ADDED, indexed(entry(TruthFiles.named(file))));
            clock.advance(Duration.ofSeconds(10));
        }
        assertEquals(List.of(), summaries.rebuildDue(), "the last report arrived 10 s ago");

        clock.advance(Duration.ofSeconds(20));
        List<Path> written = summaries.rebuildDue();

        Path luozhuang = folder.resolve("outbox/371311-罗庄区/2020");
        assertEquals(List.of(luozhuang), written);
        RegionalSummary summary = Json.mapper().readValue(luozhuang.resolve(SummaryOutbox.JSON).toFile(),
                RegionalSummary.class);
        assertEquals(3, summary.included().size());
        assertEquals(List.of(), summaries.rebuildDue(), "built: no longer due");
    }

    @Test
    void theScheduledRebuildWritesOnlySummariesThatChanged() throws Exception {
        for (String file : List.of("html/syn-011-371311-2020.html", "pdf/syn-037-371302-2023.pdf")) {
            indexed(entry(TruthFiles.named(file)));
        }
        assertEquals(2, summaries.rebuildAll().size());
        clock.advance(Duration.ofDays(1));
        assertEquals(List.of(), summaries.rebuildAll(), "nothing changed overnight");

        JsonNode combined = CorpusIndex.roster();
        ((ArrayNode) combined.path("regions")).removeIf(r -> r.path("code").asText().equals("371311"));
        Files.write(rosters.resolve("roster.json"), Json.mapper().writeValueAsBytes(combined));
        Files.writeString(rosters.resolve("371311.json"), """
                { "code": "371311", "name": "罗庄区", "agencies": ["罗庄区人民政府办公室", "罗庄区司法局"] }""",
                StandardCharsets.UTF_8);
        List<Path> changed = summaries.rebuildAll();

        assertEquals(List.of(folder.resolve("outbox/371311-罗庄区/2020")), changed);
        RegionalSummary summary = Json.mapper().readValue(changed.get(0).resolve(SummaryOutbox.JSON).toFile(),
                RegionalSummary.class);
        assertEquals(List.of("罗庄区司法局"), summary.missing(), "the edited roster counts from the next rebuild");
    }

    @Test
    void anExplicitRebuildWritesEvenWhenNothingChanged() throws Exception {
        indexed(entry(TruthFiles.named("html/syn-011-371311-2020.html")));
        Path written = summaries.rebuild(new RegionYear("371311", 2020));
        Instant before = Files.getLastModifiedTime(written.resolve(SummaryOutbox.JSON)).toInstant();
        clock.advance(Duration.ofMinutes(1));

        summaries.rebuild(new RegionYear("371311", 2020));

        RegionalSummary again = Json.mapper().readValue(written.resolve(SummaryOutbox.JSON).toFile(), RegionalSummary.class);
        assertEquals(clock.instant().toString(), again.generatedAt());
        assertTrue(!Files.getLastModifiedTime(written.resolve(SummaryOutbox.JSON)).toInstant().isBefore(before));
    }

    /** Indexes an archive entry as the service does; its region-year becomes due for a rebuild. */
    private IndexResult indexed(ArchiveEntry entry) throws Exception {
        return index.index(Json.mapper().readValue(entry.reportJson().toFile(), org.nianbao.model.AnnualReport.class),
                entry.directory());
    }

    private ArchiveEntry entry(Truth truth) throws Exception {
        Path directory = Files.createDirectories(folder.resolve("archive").resolve(truth.id()));
        Path json = directory.resolve("report.json");
        Files.write(json, Json.mapper().writeValueAsBytes(truth.tree()));
        return new ArchiveEntry(truth.id(), directory, directory.resolve("original.bin"), json);
    }
}
