package org.nianbao.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.index.TestDatabase;
import org.nianbao.index.TruthFiles;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.model.Cols;
import org.nianbao.model.Json;
import org.nianbao.model.Warning;
import org.nianbao.region.RegionCatalog;

/**
 * X1 and X2 on the corpus: 罗庄区人民政府's own 2020 report against the five unit reports roster.json says
 * it sums, and 临沂市生态环境局's reports, whose corpus years (2020, 2023) are not consecutive: its 2023
 * report is also given as the 2021 report, with its 上年结转 set from the 2020 report's 结转下年度 here.
 */
class CrossChecksTest {

    private static final String AGGREGATE = "html/syn-061-371311-2020.html";
    private static final String ECOLOGY_2020 = "html/syn-005-371300-2020.html";
    private static final String ECOLOGY_2023 = "pdf/syn-033-371300-2023.pdf";

    @TempDir
    Path folder;

    /** The files roster.json lists as summed by the aggregate report. */
    private static List<Truth> units() throws IOException {
        JsonNode aggregates = CorpusIndex.roster().path("aggregates");
        List<Truth> out = new ArrayList<>();
        for (JsonNode aggregate : aggregates) {
            if (aggregate.path("file").asText().equals(AGGREGATE)) {
                for (JsonNode file : aggregate.path("sumOf")) {
                    out.add(TruthFiles.named(file.asText()));
                }
            }
        }
        assertEquals(5, out.size());
        return out;
    }

    @Test
    void anAggregateReportEqualToTheSumOfItsUnitsPasses() throws IOException {
        AnnualReport aggregate = TruthFiles.named(AGGREGATE).report();
        List<AnnualReport> units = units().stream().map(Truth::report).toList();
        Set<String> differing = differences(TruthFiles.named(AGGREGATE).tree(), units().stream().map(t -> (JsonNode) t.tree()).toList());

        List<Check> checks = CrossChecks.hierarchy(aggregate, units);

        assertEquals(Set.of(), differing, "the corpus aggregate is the sum of its units");
        assertEquals(List.of(new Check("X2", "tables", Check.PASS, null, null, "本级汇总报告与所属 5 份报告之和一致")), checks);
    }

    @Test
    void aUnitFigureThatDoesNotAddUpIsOneDifferenceAndNothingIsCorrected() throws IOException {
        AnnualReport aggregate = TruthFiles.named(AGGREGATE).report();
        List<Truth> units = units();
        ObjectNode changed = units.get(2).tree().deepCopy();
        JsonNode cell = changed.at("/tables/requests/newReceived");
        BigDecimal before = cell.path("business").decimalValue();
        ((ObjectNode) cell).put("business", before.add(BigDecimal.valueOf(3)));
        List<AnnualReport> reports = new ArrayList<>(units.stream().map(Truth::report).toList());
        reports.set(2, Json.mapper().treeToValue(changed, AnnualReport.class));
        List<JsonNode> trees = new ArrayList<>(units.stream().map(t -> (JsonNode) t.tree()).toList());
        trees.set(2, changed);
        Set<String> differing = differences(TruthFiles.named(AGGREGATE).tree(), trees);
        assertTrue(differing.contains("requests.newReceived.business"), differing.toString());

        List<Check> checks = CrossChecks.hierarchy(aggregate, reports);

        Check business = checks.stream().filter(c -> c.target().equals("requests.newReceived.business")).findFirst().orElseThrow();
        BigDecimal own = TruthFiles.named(AGGREGATE).tree().at("/tables/requests/newReceived/business").decimalValue();
        assertEquals(Check.FAIL, business.status());
        assertEquals(0, own.compareTo(business.actual()));
        assertEquals(0, own.add(BigDecimal.valueOf(3)).compareTo(business.expected()));
        assertEquals(differing, new TreeSet<>(checks.stream().map(Check::target).toList()));
        assertEquals(aggregate, TruthFiles.named(AGGREGATE).report(), "the aggregate report is not changed");
    }

    /**
     * The cells where the aggregate's figure is not the units' sum (a blank counting as 0): a walk of the
     * trees, tables 三 and 四, and 二 when all use one template.
     */
    private static Set<String> differences(JsonNode aggregate, List<JsonNode> units) {
        Set<String> out = new TreeSet<>();
        for (String table : List.of("requests", "reviewLitigation")) {
            walk(table, aggregate.at("/tables/" + table), units.stream().map(u -> u.at("/tables/" + table)).toList(), out);
        }
        boolean same2021 = units.stream().allMatch(u -> u.at("/tables/proactive/regulations").has("issued")
                == aggregate.at("/tables/proactive/regulations").has("issued"));
        if (same2021) {
            walk("proactive", aggregate.at("/tables/proactive"), units.stream().map(u -> u.at("/tables/proactive")).toList(), out);
        }
        return out;
    }

    private static void walk(String path, JsonNode own, List<JsonNode> units, Set<String> out) {
        if (own.isObject()) {
            own.properties().forEach(f -> walk(path + "." + f.getKey(), f.getValue(),
                    units.stream().map(u -> u.path(f.getKey())).toList(), out));
            return;
        }
        BigDecimal sum = null;
        for (JsonNode u : units) {
            if (u.isNumber()) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(u.decimalValue());
            }
        }
        BigDecimal mine = own.isNumber() ? own.decimalValue() : BigDecimal.ZERO;
        boolean same = mine.compareTo(sum == null ? BigDecimal.ZERO : sum) == 0;
        if (!same) {
            out.add(path);
        }
    }

    /** The 2023 report presented as 2021, its 上年结转 copied from the 2020 report's 结转下年度, one column off. */
    private static AnnualReport ecology2021(String offColumn, int by) throws IOException {
        ObjectNode tree = TruthFiles.named(ECOLOGY_2023).tree().deepCopy();
        ((ObjectNode) tree.path("report")).put("year", 2021);
        tree.put("id", "2021".repeat(16));
        JsonNode forward = TruthFiles.named(ECOLOGY_2020).tree().at("/tables/requests/carriedForward");
        ObjectNode carriedOver = (ObjectNode) tree.at("/tables/requests/carriedOver");
        for (String column : Cols.NAMES) {
            BigDecimal value = forward.path(column).decimalValue();
            carriedOver.put(column, column.equals(offColumn) ? value.add(BigDecimal.valueOf(by)) : value);
        }
        return Json.mapper().treeToValue(tree, AnnualReport.class);
    }

    @Test
    void carriedOverIsComparedWithLastYearsCarriedForwardColumnByColumn() throws IOException {
        AnnualReport lastYear = TruthFiles.named(ECOLOGY_2020).report();
        List<Check> checks = CrossChecks.carryOver(ecology2021("business", 2), lastYear);

        assertEquals(7, checks.size());
        JsonNode forward = TruthFiles.named(ECOLOGY_2020).tree().at("/tables/requests/carriedForward");
        for (int c = 0; c < 7; c++) {
            Check check = checks.get(c);
            String column = Cols.NAMES.get(c);
            assertEquals("X1", check.id());
            assertEquals("requests.carriedOver." + column, check.target());
            assertEquals(0, forward.path(column).decimalValue().compareTo(check.expected()));
            assertEquals(column.equals("business") ? Check.FAIL : Check.PASS, check.status(), column);
        }
        assertEquals(0, forward.path("business").decimalValue().add(BigDecimal.valueOf(2)).compareTo(checks.get(1).actual()));
    }

    @Test
    void amongReportsOnlyTheYearJustBeforeOfTheSameAgencyIsCompared() throws IOException {
        AnnualReport y2020 = TruthFiles.named(ECOLOGY_2020).report();
        AnnualReport y2023 = TruthFiles.named(ECOLOGY_2023).report();
        AnnualReport y2021 = ecology2021("total", 1);
        AnnualReport otherAgency = TruthFiles.named("html/syn-001-371300-2020.html").report();

        Map<String, List<Check>> none = CrossChecks.among(List.of(y2020, y2023, otherAgency));
        assertEquals(Map.of(), none, "2020 and 2023 are not consecutive; another agency is not compared");

        Map<String, List<Check>> checks = CrossChecks.among(List.of(otherAgency, y2023, y2021, y2020));
        assertEquals(Set.of(y2021.id()), checks.keySet());
        assertEquals(List.of("requests.carriedOver.total"),
                checks.get(y2021.id()).stream().filter(Check::failed).map(Check::target).toList());
    }

    @Test
    void onlyTheCheckedReportsGetChecksAndAReportIsNeverItsOwnUnit() throws IOException {
        AnnualReport aggregate = TruthFiles.named(AGGREGATE).report();
        List<AnnualReport> units = units().stream().map(Truth::report).toList();
        List<AnnualReport> withItself = new ArrayList<>(units);
        withItself.add(TruthFiles.named(AGGREGATE).report());
        List<Check> pass = List.of(new Check("X2", "tables", Check.PASS, null, null, "本级汇总报告与所属 5 份报告之和一致"));

        assertEquals(Map.of(aggregate.id(), pass), CrossChecks.among(List.of(aggregate), units));
        assertEquals(Map.of(aggregate.id(), pass), CrossChecks.among(List.of(aggregate), withItself),
                "an equal copy of the aggregate in the pool is not one of its units");
        assertEquals(Map.of(), CrossChecks.among(units, withItself), "units are not aggregates; no year before");
    }

    @Test
    void theSummaryListsTheFailedChecksAcrossYearsAndLevels() throws Exception {
        ArchiveIndex index = ArchiveIndex.open(TestDatabase.H2.create(folder));
        index.index(TruthFiles.named(ECOLOGY_2020).report(), folder.resolve("a"));
        AnnualReport y2021 = ecology2021("naturalPerson", 4);
        index.index(y2021, folder.resolve("b"));
        SummaryCalculator calculator = new SummaryCalculator(index, Rosters.none(), RegionCatalog.standard(),
                CorpusSummaryTest.CLOCK);

        RegionalSummary summary = calculator.summarize(new RegionYear("371300", 2021));

        assertEquals(1, summary.crossChecks().size(), summary.crossChecks().toString());
        RegionalSummary.CrossCheck check = summary.crossChecks().get(0);
        assertEquals(y2021.id(), check.id());
        assertEquals("临沂市生态环境局", check.agency());
        assertEquals("X1", check.check().id());
        assertEquals("requests.carriedOver.naturalPerson", check.check().target());
        assertEquals(List.of(), calculator.summarize(new RegionYear("371300", 2020)).crossChecks());

        RegionalSummary readBack = Json.mapper().readValue(Json.mapper().writeValueAsBytes(summary), RegionalSummary.class);
        assertEquals(summary.crossChecks(), readBack.crossChecks());
    }
    @Test
    void lastYearIsComparedAsCorrectedAndTheOfficesNotesKeepTheFailures() throws Exception {
        ArchiveIndex index = ArchiveIndex.open(TestDatabase.H2.create(folder));
        index.index(TruthFiles.named(ECOLOGY_2020).report(), folder.resolve("a"));
        AnnualReport y2021 = ecology2021("naturalPerson", 4);
        index.index(y2021, folder.resolve("b"));
        // The office corrected last year's 结转下年度 (自然人) to what this year's report carries over.
        BigDecimal carried = y2021.tables().requests().carriedOver().naturalPerson();
        SummaryInputs corrected = (regionYear, versions) -> new SummaryInputs.Adjusted(
                regionYear.year() == 2020 ? versions.stream().map(r -> withCarriedForward(r, carried)).toList() : versions,
                List.of(), List.of());
        SummaryCalculator asIndexed = new SummaryCalculator(index, Rosters.none(), RegionCatalog.standard(),
                CorpusSummaryTest.CLOCK);
        SummaryCalculator asCorrected = new SummaryCalculator(index, Rosters.none(), RegionCatalog.standard(),
                CorpusSummaryTest.CLOCK, corrected);
        RegionYear y = new RegionYear("371300", 2021);

        RegionalSummary failing = asIndexed.summarize(y);
        assertEquals(1, failing.crossChecks().size());
        assertEquals(List.of(), asCorrected.summarize(y).crossChecks(), "last year's corrected figure agrees");
        Warning note = new Warning("CORRECTED", "a correction is in force", null);
        assertEquals(failing.crossChecks(),
                new SummaryInputs.Adjusted(List.of(), List.of(), List.of(note)).applyTo(failing).crossChecks(),
                "the office's notes do not drop the checks across years");
    }

    private static IndexedReport withCarriedForward(IndexedReport r, BigDecimal value) {
        try {
            ObjectNode tree = Json.mapper().valueToTree(r.report());
            ((ObjectNode) tree.at("/tables/requests/carriedForward")).put("naturalPerson", value);
            AnnualReport changed = Json.mapper().treeToValue(tree, AnnualReport.class);
            return new IndexedReport(r.id(), r.agency(), r.regionCode(), r.year(), r.template(),
                    r.scope(), r.status(), r.failedChecks(), r.fileName(), r.channel(), r.receivedAt(), r.publishedOn(),
                    r.archivePath(), r.supersededBy(), changed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
