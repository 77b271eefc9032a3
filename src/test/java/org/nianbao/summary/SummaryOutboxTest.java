package org.nianbao.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexSettings;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.index.TruthFiles;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.region.RegionCatalog;

class SummaryOutboxTest {

    private static RegionalSummary summary;
    private static List<AnnualReport> included;

    @TempDir
    Path folder;

    @BeforeAll
    static void luozhuang2020(@TempDir Path scratch) throws Exception {
        ArchiveIndex index = ArchiveIndex.open(new IndexSettings("jdbc:h2:file:" + scratch.resolve("index"), "sa", ""),
                CorpusSummaryTest.CLOCK);
        CorpusIndex.index(index, TruthFiles.all(), scratch);
        summary = new SummaryCalculator(index, Rosters.none(), RegionCatalog.standard(), CorpusSummaryTest.CLOCK)
                .summarize(new RegionYear("371311", 2020));
        included = index.regionYear(new RegionYear("371311", 2020)).stream()
                .filter(r -> summary.included().stream().anyMatch(i -> i.id().equals(r.id())))
                .map(IndexedReport::report).toList();
    }

    @Test
    void theFourFilesAreWrittenInTheRegionYearFolder() throws Exception {
        Path written = new SummaryOutbox(folder).write(summary, included);

        assertEquals(folder.resolve("371311-罗庄区/2020"), written);
        try (var names = Files.list(written)) {
            assertEquals(List.of("summary.csv", "summary.docx", "summary.json", "summary.pdf"),
                    names.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
        assertArrayEquals(Json.mapper().writeValueAsBytes(summary), Files.readAllBytes(written.resolve("summary.json")));
        assertEquals("%PDF", new String(Files.readAllBytes(written.resolve("summary.pdf")), 0, 4, StandardCharsets.US_ASCII));
        assertEquals("PK", new String(Files.readAllBytes(written.resolve("summary.docx")), 0, 2, StandardCharsets.US_ASCII));
        String csv = Files.readString(written.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertEquals(summary.included().size() + 2, csv.split("\r\n").length, "header, one row per report, 合计");
    }

    @Test
    void theOutboxHoldsASummaryOnlyWhenAllButItsTimeIsTheSame() throws Exception {
        SummaryOutbox outbox = new SummaryOutbox(folder);
        assertFalse(outbox.holds(summary));
        outbox.write(summary, included);

        assertTrue(outbox.holds(later(summary, List.copyOf(summary.missing()))));
        assertFalse(outbox.holds(later(summary, List.of("罗庄区司法局"))));

        Files.writeString(outbox.folder(summary).resolve(SummaryOutbox.JSON), "{ damaged", StandardCharsets.UTF_8);
        assertFalse(outbox.holds(summary), "a damaged summary.json is written again");
    }

    @Test
    void aMissingFileMeansTheSummaryIsWrittenAgain() throws Exception {
        SummaryOutbox outbox = new SummaryOutbox(folder);
        outbox.write(summary, included);
        Files.delete(outbox.folder(summary).resolve(SummaryOutbox.PDF));

        assertFalse(outbox.holds(summary));
    }

    private static RegionalSummary later(RegionalSummary s, List<String> missing) {
        return new RegionalSummary(s.schemaVersion(), s.region(), s.year(), s.template(),
                Instant.parse(s.generatedAt()).plusSeconds(3600).toString(), s.tables(), s.checks(), s.included(),
                s.excluded(), missing, s.failedChecks(), s.warnings());
    }
}
