package org.nianbao.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.RegionYear;
import org.nianbao.index.TestDatabase;
import org.nianbao.index.TruthFiles;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.index.Versions;
import org.nianbao.model.Json;
import org.nianbao.region.RegionCatalog;

/** Aggregate reports, new versions and empty region-years, on both databases. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SummaryScenariosTest {

    private static final RegionYear LUOZHUANG_2020 = new RegionYear("371311", 2020);

    @Parameter
    TestDatabase database;

    @TempDir
    Path folder;

    private ArchiveIndex index;
    private SummaryCalculator calculator;

    @BeforeEach
    void emptyIndex() throws Exception {
        index = ArchiveIndex.open(database.create(folder), CorpusSummaryTest.CLOCK);
        calculator = new SummaryCalculator(index, Rosters.none(), RegionCatalog.standard(), CorpusSummaryTest.CLOCK);
    }

    @Test
    void anAggregateReportIsTheSumOfItsUnitsAndNeverAddedToThem() throws Exception {
        CorpusIndex.index(index, TruthFiles.all(), folder);
        for (JsonNode aggregate : CorpusIndex.roster().path("aggregates")) {
            Truth report = TruthFiles.named(aggregate.path("file").asText());
            List<Truth> units = new ArrayList<>();
            for (JsonNode unit : aggregate.path("sumOf")) {
                units.add(TruthFiles.named(unit.asText()));
            }
            Map<String, JsonNode> unitSums = sumOf(units);
            assertAggregateCells(report, unitSums);

            RegionalSummary summary = calculator.summarize(CorpusIndex.regionYear(report));
            assertEquals(units.stream().map(Truth::id).collect(Collectors.toSet()),
                    SummaryAssertions.ids(summary.included()), report.file() + ": the units, and only them");
            assertTrue(summary.excluded().stream().anyMatch(e -> e.id().equals(report.id())
                    && e.reason().startsWith("aggregate report")), report.file() + " excluded as aggregate");
            JsonNode tables = Json.mapper().readTree(Json.mapper().writeValueAsString(summary.tables()));
            for (String table : ExpectedSummary.TABLES) {
                SummaryAssertions.assertSameCells(report.file() + " " + table, unitSums.get(table), tables.get(table));
            }
        }
    }

    /** Every cell the aggregate prints equals its units' sum; the cells it leaves blank are printed {@code /}. */
    private static void assertAggregateCells(Truth report, Map<String, JsonNode> unitSums) {
        Set<String> blank = new HashSet<>();
        report.tree().path("blankCells").forEach(c -> blank.add(c.path("path").asText()));
        for (String table : ExpectedSummary.TABLES) {
            Map<String, JsonNode> printed = ExpectedSummary.leaves(report.tree().path("tables").path(table));
            Map<String, JsonNode> summed = ExpectedSummary.leaves(unitSums.get(table));
            assertEquals(summed.keySet(), printed.keySet(), report.file() + " " + table);
            printed.forEach((path, value) -> {
                if (value.isNull() && summed.get(path).isNull()) {
                    return; // a row the template does not have (the 2019 （六） sub-rows)
                }
                if (value.isNull()) {
                    assertTrue(blank.contains("tables." + table + path), report.file() + ": " + path + " left blank");
                } else {
                    assertEquals(0, value.decimalValue().compareTo(summed.get(path).decimalValue()),
                            report.file() + ": " + table + path);
                }
            });
        }
    }

    @Test
    void onlyTheNewestVersionOfAReportIsSummed() throws Exception {
        Truth original = TruthFiles.named("html/syn-011-371311-2020.html");
        Truth corrected = Versions.of(original, "corrected", "2021-03-05T10:00:00Z");
        ObjectNode review = (ObjectNode) corrected.tree().at("/tables/reviewLitigation/review");
        review.put("upheld", review.path("upheld").asInt() + 2).put("total", review.path("total").asInt() + 2);
        Truth first = Versions.of(original, "first", "2021-02-01T10:00:00Z");

        CorpusIndex.index(index, List.of(corrected, first), folder);
        RegionalSummary summary = calculator.summarize(LUOZHUANG_2020);

        assertEquals(List.of(corrected.id()), summary.included().stream().map(RegionalSummary.Included::id).toList());
        assertEquals(1, summary.excluded().size());
        assertEquals(first.id(), summary.excluded().get(0).id());
        assertEquals("superseded by the newer version " + corrected.id(), summary.excluded().get(0).reason());
        JsonNode tables = Json.mapper().readTree(Json.mapper().writeValueAsString(summary.tables()));
        for (String table : ExpectedSummary.TABLES) {
            SummaryAssertions.assertSameCells(table, corrected.tree().path("tables").path(table), tables.get(table));
        }
    }

    @Test
    void anAggregateReportAloneIsUsedAndSaysSo() throws Exception {
        Truth aggregate = TruthFiles.named("html/syn-061-371311-2020.html");
        CorpusIndex.index(index, List.of(aggregate), folder);

        RegionalSummary summary = calculator.summarize(LUOZHUANG_2020);

        assertEquals(List.of(aggregate.id()), summary.included().stream().map(RegionalSummary.Included::id).toList());
        assertTrue(summary.excluded().isEmpty());
        assertTrue(summary.warnings().stream().anyMatch(w -> w.code().equals("AGGREGATE_ONLY")
                && w.message().contains(aggregate.id())), summary.warnings().toString());
    }

    @Test
    void aRegionYearWithoutReportsHasNoTablesAndTheYearsTemplate() throws Exception {
        RegionalSummary summary = calculator.summarize(new RegionYear("371312", 2023));

        assertEquals("2021", summary.template());
        assertEquals("河东区", summary.region().name());
        assertNull(summary.tables().proactive());
        assertNull(summary.tables().requests());
        assertNull(summary.tables().reviewLitigation());
        assertTrue(summary.included().isEmpty());
        assertFalse(summary.checks().stream().anyMatch(c -> c.failed()));
    }

    private static Map<String, JsonNode> sumOf(List<Truth> units) {
        Map<String, JsonNode> sums = new LinkedHashMap<>();
        for (String table : ExpectedSummary.TABLES) {
            JsonNode sum = NullNode.instance;
            for (Truth unit : units) {
                sum = ExpectedSummary.add(sum, unit.tree().path("tables").path(table));
            }
            sums.put(table, sum);
        }
        return sums;
    }
}
