package org.nianbao.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.RegionYear;
import org.nianbao.index.TestDatabase;
import org.nianbao.index.TruthFiles;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.model.Json;
import org.nianbao.region.RegionCatalog;

/**
 * Every region-year of the corpus: the summary built from the index equals what the truth files and
 * roster.json say it must be, worked out independently by {@link ExpectedSummary}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class CorpusSummaryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC);

    @Parameter
    TestDatabase database;

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> everyRegionYearSumsExactlyTheReportsThatBelongInIt() throws Exception {
        List<Truth> truths = TruthFiles.all();
        ArchiveIndex index = ArchiveIndex.open(database.create(folder), CLOCK);
        CorpusIndex.index(index, truths, folder.resolve("archive"));
        Path rosterFolder = Files.createDirectories(folder.resolve("rosters"));
        Files.copy(CorpusIndex.ROSTER, rosterFolder.resolve("roster.json"));
        SummaryCalculator withRosters = new SummaryCalculator(index, Rosters.load(rosterFolder),
                RegionCatalog.standard(), CLOCK);
        SummaryCalculator withoutRosters = new SummaryCalculator(index, Rosters.load(folder.resolve("none")),
                RegionCatalog.standard(), CLOCK);
        JsonNode roster = CorpusIndex.roster();
        Set<RegionYear> regionYears = truths.stream().filter(CorpusIndex::hasRegionYear)
                .map(CorpusIndex::regionYear)
                .collect(Collectors.toCollection(() -> new TreeSet<>(
                        Comparator.comparing(RegionYear::code).thenComparing(RegionYear::year))));
        assertEquals(16, regionYears.size(), "6 roster regions × 2 years, and 4 of the seed pages");
        return regionYears.stream().map(ry -> dynamicTest(ry.toString(), () -> {
            List<Truth> inRegionYear = truths.stream()
                    .filter(t -> CorpusIndex.hasRegionYear(t) && CorpusIndex.regionYear(t).equals(ry)).toList();
            ExpectedSummary expected = ExpectedSummary.of(ry, inRegionYear,
                    CorpusIndex.rosterOf(roster, ry.code()).orElse(null));
            SummaryAssertions.assertSummary(expected, withRosters.summarize(ry));
            assertTrue(withoutRosters.summarize(ry).missing().isEmpty(), "a region without a roster misses no one");
        }));
    }
}
