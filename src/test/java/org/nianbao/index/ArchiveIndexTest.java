package org.nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ArchiveIndexTest {

    @Parameter
    TestDatabase database;

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(Instant.parse("2024-02-01T08:00:00Z"));
    private IndexSettings settings;
    private ArchiveIndex index;

    @BeforeEach
    void openEmptyIndex() throws Exception {
        settings = database.create(folder);
        index = ArchiveIndex.open(settings, clock);
        assertEquals(0, index.size());
    }

    @Test
    void aReportIsIndexedWithItsColumnsFailedChecksAndJson() throws Exception {
        Truth truth = TruthFiles.named("html/syn-021-371321-2020.html");
        Path entry = folder.resolve("archive/371321-沂南县/2020").resolve(truth.id());

        assertEquals(IndexResult.ADDED, index.index(truth.report(), entry));

        IndexedReport row = index.find(truth.id()).orElseThrow();
        assertEquals("沂南县人民政府办公室", row.agency());
        assertEquals("371321", row.regionCode());
        assertEquals(2020, row.year());
        assertEquals("2019", row.template());
        assertEquals("agency", row.scope());
        assertEquals(AnnualReport.PARTIAL, row.status());
        assertEquals(truth.tree().at("/source/fileName").asText(), row.fileName());
        assertEquals("folder", row.channel());
        assertNull(row.receivedAt());
        assertEquals(LocalDate.parse(truth.meta().path("publishedOn").asText()), row.publishedOn());
        assertEquals(entry.toString(), row.archivePath());
        assertTrue(row.current());
        assertEquals(failingChecksOf(truth), row.failedChecks());
        assertEquals(truth.tree(), Json.mapper().readTree(Json.mapper().writeValueAsString(row.report())));
    }

    @Test
    void aReportIndexedFromItsArchivedTextReadsBackAsThatReport() throws Exception {
        Truth truth = TruthFiles.named("pdf/syn-033-371300-2023.pdf");
        Path entry = folder.resolve("archive/371300-临沂市/2023").resolve(truth.id());
        String archivedText = Json.mapper().writeValueAsString(truth.tree());

        assertEquals(IndexResult.ADDED, index.index(truth.report(), archivedText, entry));
        assertEquals(IndexResult.ALREADY_INDEXED, index.index(truth.report(), archivedText, entry));

        IndexedReport row = index.find(truth.id()).orElseThrow();
        assertEquals("371300", row.regionCode());
        assertEquals(2023, row.year());
        assertEquals(entry.toString(), row.archivePath());
        assertEquals(failingChecksOf(truth), row.failedChecks());
        assertEquals(truth.tree(), Json.mapper().readTree(Json.mapper().writeValueAsString(row.report())));
        assertEquals(1, index.size());
    }

    @Test
    void indexingTheSameIdAgainChangesNothing() throws Exception {
        Truth truth = TruthFiles.named("docx/syn-012-371311-2020.docx");

        assertEquals(IndexResult.ADDED, index.index(truth.report(), folder.resolve("a")));
        assertEquals(IndexResult.ALREADY_INDEXED, index.index(truth.report(), folder.resolve("b")));

        assertEquals(1, index.size());
        assertEquals(folder.resolve("a").toString(), index.find(truth.id()).orElseThrow().archivePath());
    }

    @Test
    void aNewerVersionBecomesCurrentWhateverOrderTheyArriveIn() throws Exception {
        Truth truth = TruthFiles.named("html/syn-011-371311-2020.html");
        Truth march = Versions.of(truth, "march", "2021-03-01T09:00:00Z");
        Truth january = Versions.of(truth, "january", "2021-01-20T09:00:00Z");
        Truth february = Versions.of(truth, "february", "2021-02-10T09:00:00Z");

        for (Truth version : List.of(march, january, february)) {
            index.index(version.report(), folder);
        }

        Map<String, IndexedReport> rows = byId(index.regionYear(new RegionYear("371311", 2020)));
        assertEquals(3, rows.size());
        assertNull(rows.get(march.id()).supersededBy());
        assertEquals(march.id(), rows.get(february.id()).supersededBy());
        assertEquals(february.id(), rows.get(january.id()).supersededBy());
    }

    @Test
    void withoutReceivedTimesThePublicationDateThenTheArrivalDecides() throws Exception {
        Truth truth = TruthFiles.named("html/syn-014-371311-2020.html");
        Truth republished = Versions.of(truth, "republished", null);
        ((ObjectNode) republished.tree().get("report")).put("publishedOn", "2021-06-30");
        Truth sameDay = Versions.of(truth, "same-day", null);

        index.index(republished.report(), folder);
        index.index(truth.report(), folder);
        index.index(sameDay.report(), folder);

        Map<String, IndexedReport> rows = byId(index.regionYear(new RegionYear("371311", 2020)));
        assertTrue(rows.get(republished.id()).current(), "the later publication date wins");
        assertEquals(sameDay.id(), rows.get(truth.id()).supersededBy(), "on the same date, the later arrival wins");
        assertEquals(republished.id(), rows.get(sameDay.id()).supersededBy());
    }

    @Test
    void reportsOfOtherAgenciesOrYearsAreNotVersionsOfEachOther() throws Exception {
        for (String file : List.of("docx/syn-012-371311-2020.docx", "docx/syn-013-371311-2020.docx",
                "pdf/syn-027-371322-2020.pdf", "pdf/syn-058-371322-2023.pdf")) {
            index.index(TruthFiles.named(file).report(), folder);
        }
        List<IndexedReport> all = new ArrayList<>(index.regionYear(new RegionYear("371311", 2020)));
        all.addAll(index.regionYear(new RegionYear("371322", 2020)));
        all.addAll(index.regionYear(new RegionYear("371322", 2023)));

        assertEquals(4, all.size());
        assertTrue(all.stream().allMatch(IndexedReport::current));
    }

    @Test
    void reopeningTheIndexKeepsItsReports() throws Exception {
        Truth truth = TruthFiles.named("doc/syn-009-371302-2020.doc");
        index.index(truth.report(), folder);

        ArchiveIndex reopened = ArchiveIndex.open(settings, clock);

        assertEquals(1, reopened.size());
        assertEquals(truth.agency(), reopened.find(truth.id()).orElseThrow().agency());
    }

    @Test
    void aReportWithoutIdIsRefused() throws Exception {
        JsonNode tree = TruthFiles.named("doc/syn-009-371302-2020.doc").tree().deepCopy();
        ((ObjectNode) tree).putNull("id");
        AnnualReport report = Json.mapper().treeToValue(tree, AnnualReport.class);

        IndexException e = assertThrows(IndexException.class, () -> index.index(report, folder));
        assertTrue(e.getMessage().contains("without an id"), e.getMessage());
    }

    @Test
    void aRegionYearIsDueUntilItsSummaryIsBuiltAfterTheLastArrival() throws Exception {
        index.index(TruthFiles.named("docx/syn-012-371311-2020.docx").report(), folder);
        clock.advance(Duration.ofSeconds(5));
        index.index(TruthFiles.named("docx/syn-013-371311-2020.docx").report(), folder);
        RegionYear luozhuang = new RegionYear("371311", 2020);

        assertTrue(index.dueSince(clock.instant().minusSeconds(1), Instant.EPOCH).isEmpty(), "arrivals are not quiet yet");
        clock.advance(Duration.ofSeconds(10));
        List<DueRegionYear> due = index.dueSince(clock.instant().minusSeconds(10), Instant.EPOCH);
        assertEquals(List.of(luozhuang), due.stream().map(DueRegionYear::regionYear).toList());

        clock.advance(Duration.ofSeconds(1));
        index.index(TruthFiles.named("html/syn-014-371311-2020.html").report(), folder);
        index.summaryBuilt(due.get(0), clock.instant());
        assertFalse(index.dueSince(clock.instant(), Instant.EPOCH).isEmpty(), "a report that arrived during the build keeps it due");

        index.summaryBuilt(index.dueSince(clock.instant(), Instant.EPOCH).get(0), clock.instant());
        assertTrue(index.dueSince(clock.instant(), Instant.EPOCH).isEmpty());
    }

    @Test
    void aSteadyStreamOfArrivalsDoesNotPutTheRebuildOffForEver() throws Exception {
        Duration quiet = Duration.ofSeconds(30);
        Duration maxWait = Duration.ofMinutes(10);
        List<String> reports = List.of("docx/syn-012-371311-2020.docx", "docx/syn-013-371311-2020.docx",
                "html/syn-014-371311-2020.html", "html/syn-015-371311-2020.html", "html/syn-011-371311-2020.html");
        for (int i = 0; i < reports.size(); i++) {
            if (i > 0) {
                clock.advance(Duration.ofMinutes(3));
            }
            index.index(TruthFiles.named(reports.get(i)).report(), folder);
            boolean due = !index.dueSince(clock.instant().minus(quiet), clock.instant().minus(maxWait)).isEmpty();
            assertEquals(i == 4, due, "after " + 3 * i + " minutes of arrivals every 3 minutes");
        }
        DueRegionYear due = index.dueSince(clock.instant().minus(quiet), clock.instant().minus(maxWait)).get(0);
        assertEquals(new RegionYear("371311", 2020), due.regionYear());

        clock.advance(Duration.ofSeconds(5));
        index.index(TruthFiles.named("html/syn-061-371311-2020.html").report(), folder);
        index.summaryBuilt(due, clock.instant());
        assertTrue(index.dueSince(clock.instant().minus(quiet), clock.instant().minus(maxWait)).isEmpty(),
                "still due for the arrival during the rebuild, but its wait starts again");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, index.dueSince(clock.instant().minus(quiet), clock.instant().minus(maxWait)).size(), "then quiet");
    }

    private static List<CheckFailure> failingChecksOf(Truth truth) {
        List<CheckFailure> failing = new ArrayList<>();
        for (JsonNode check : truth.tree().path("checks")) {
            if ("fail".equals(check.path("status").asText())) {
                failing.add(new CheckFailure(check.path("id").asText(), check.path("target").asText()));
            }
        }
        assertFalse(failing.isEmpty(), truth.file() + " should carry a planted failing check");
        return failing;
    }

    private static Map<String, IndexedReport> byId(List<IndexedReport> rows) {
        return rows.stream().collect(Collectors.toMap(IndexedReport::id, r -> r));
    }
}
