package org.nianbao.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.index.TruthFiles;
import org.nianbao.model.Cols;
import org.nianbao.model.Json;

/**
 * Checks across years and levels on the report page and the overview, through the console's request
 * handler, on the corpus reports CrossChecksTest uses: 临沂市生态环境局's 2020 report and its 2023 report
 * presented as 2021 (上年结转 from the 2020 report's 结转下年度, one column off), and 罗庄区人民政府's
 * aggregate 2020 report with the five unit reports roster.json says it sums.
 */
class ReportCrossChecksTest {

    private static final String ECOLOGY_2020 = "html/syn-005-371300-2020.html";
    private static final String ECOLOGY_2023 = "pdf/syn-033-371300-2023.pdf";
    private static final String AGGREGATE = "html/syn-061-371311-2020.html";
    private static final List<String> UNITS = List.of("html/syn-011-371311-2020.html", "docx/syn-012-371311-2020.docx",
            "docx/syn-013-371311-2020.docx", "html/syn-014-371311-2020.html", "html/syn-015-371311-2020.html");
    private static final Pattern CHECK = Pattern.compile("<li class=\"check cross\" data-check=\"([^\"]+)\">(.*?)</li>");

    @TempDir
    Path base;
    private ConsoleFixture f;
    private ConsoleFixture.Login viewer;

    @BeforeEach
    void start() throws Exception {
        f = new ConsoleFixture(base);
        viewer = f.login("vi");
    }

    /** The 2023 report as 2021, its 上年结转 the 2020 report's 结转下年度 with {@code business} raised by 2. */
    private ArchiveEntry ecology2021() throws Exception {
        JsonNode forward = TruthFiles.named(ECOLOGY_2020).tree().at("/tables/requests/carriedForward");
        return f.addChanged(ECOLOGY_2023, "2021年报.pdf", tree -> {
            ((ObjectNode) tree.path("report")).put("year", 2021);
            ObjectNode carriedOver = (ObjectNode) tree.at("/tables/requests/carriedOver");
            for (String column : Cols.NAMES) {
                BigDecimal value = forward.path(column).decimalValue();
                carriedOver.put(column, column.equals("business") ? value.add(BigDecimal.valueOf(2)) : value);
            }
        });
    }

    private String page(String id) {
        HttpResponse r = f.console.handle(ConsoleFixture.get("/report", Map.of("id", id), viewer.cookie()));
        assertEquals(200, r.status());
        return r.text();
    }

    /** The listed checks across years and levels: key → line. */
    private static Map<String, String> crossChecks(String page) {
        Map<String, String> out = new HashMap<>();
        Matcher m = CHECK.matcher(page);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /** Whether the table cell at {@code path} is marked failing by check {@code id}. */
    private static boolean markedBy(String page, String path, String id) {
        Matcher m = Pattern.compile("class=\"fail (?:corrected )?num\" data-path=\"" + Pattern.quote(path)
                + "\" title=\"([^\"]*)\"").matcher(page);
        return m.find() && List.of(m.group(1).split("；")).stream().anyMatch(why -> why.startsWith(id + " "));
    }

    private static JsonNode firstN(JsonNode array, int n) {
        com.fasterxml.jackson.databind.node.ArrayNode out = Json.mapper().createArrayNode();
        for (int i = 0; i < n; i++) {
            out.add(array.get(i));
        }
        return out;
    }

    private static String number(JsonNode tree, String pointer) {
        return tree.at(pointer).decimalValue().toPlainString();
    }

    @Test
    void aCarryOverThatDiffersFromLastYearsIsListedWithItsColumnAndBothNumbers() throws Exception {
        f.add(ECOLOGY_2020);
        ArchiveEntry y2021 = ecology2021();
        byte[] archived = Files.readAllBytes(y2021.reportJson());
        String forward = number(TruthFiles.named(ECOLOGY_2020).tree(), "/tables/requests/carriedForward/business");
        String raised = new BigDecimal(forward).add(BigDecimal.valueOf(2)).toPlainString();

        String page = page(y2021.sha256());

        Map<String, String> listed = crossChecks(page);
        assertEquals(List.of("X1@requests.carriedOver.business"), List.copyOf(listed.keySet()), page);
        String line = listed.get("X1@requests.carriedOver.business");
        assertTrue(line.contains("<b>X1</b> 表三/二、上年结转政府信息公开申请数量/"), line);
        assertTrue(line.contains("商业企业：本年度的上年结转（" + raised + "）≠ 上年度报告的结转下年度继续办理（" + forward + "）"), line);
        assertTrue(markedBy(page, "requests.carriedOver.business", "X1"), "the cell is marked");
        assertFalse(markedBy(page, "requests.carriedOver.naturalPerson", "X1"), "an equal column is not marked");
        assertTrue(page.contains("跨年度结转（X1）：已与本机关上年度报告核对。"));
        assertFalse(line.contains("check-form"), "a difference between two reports has no dismiss form");
        assertArrayEquals(archived, Files.readAllBytes(y2021.reportJson()), "the archived report is not changed");

        HttpResponse json = f.console.handle(ConsoleFixture.get("/report.json", Map.of("id", y2021.sha256()), viewer.cookie()));
        assertEquals(200, json.status());
        assertEquals("application/json; charset=utf-8", json.contentType());
        JsonNode served = Json.mapper().readTree(json.body());
        JsonNode stored = Json.mapper().readTree(archived);
        List<JsonNode> carryOver = new ArrayList<>();
        served.path("checks").forEach(c -> {
            if (c.path("id").asText().equals("X1")) {
                carryOver.add(c);
            }
        });
        assertEquals(stored.path("checks").size() + 7, served.path("checks").size(), "the stored checks, then X1 per column");
        assertEquals(stored.path("checks"), firstN(served.path("checks"), stored.path("checks").size()));
        for (int c = 0; c < 7; c++) {
            JsonNode check = carryOver.get(c);
            String column = Cols.NAMES.get(c);
            assertEquals("requests.carriedOver." + column, check.path("target").asText());
            assertEquals(column.equals("business") ? "fail" : "pass", check.path("status").asText(), column);
        }
        assertEquals(new BigDecimal(forward), carryOver.get(1).path("expected").decimalValue());
        assertEquals(new BigDecimal(raised), carryOver.get(1).path("actual").decimalValue());
        assertEquals(stored.path("tables"), served.path("tables"), "no number is changed");
        assertEquals(303, f.console.handle(ConsoleFixture.get("/report.json", Map.of("id", y2021.sha256()), null)).status());

        String overview = f.console.handle(ConsoleFixture.get("/", Map.of("region", "371300", "year", "2021"),
                viewer.cookie())).text();
        assertTrue(overview.contains("<div id=\"count-failing\"><b>1</b>"), overview);
        assertTrue(overview.contains("商业企业：本年度的上年结转（" + raised + "）"), "the overview names the difference");

        ConsoleFixture.Login editor = f.login("ed");
        Map<String, String> correction = Map.of("id", y2021.sha256(), "kind", "cell", "target",
                "requests.carriedOver.business", "value", forward, "reason", "按上年度报告核对", "csrf", editor.csrf());
        assertEquals(303, f.console.handle(ConsoleFixture.post("/report/correct", correction, editor.cookie())).status());
        String corrected = page(y2021.sha256());
        assertEquals(Map.of(), crossChecks(corrected), "after the correction this year's figure equals last year's");
        assertTrue(corrected.contains("跨年度结转（X1）：已与本机关上年度报告核对。"));
    }

    @Test
    void withoutLastYearsReportThereIsNoCarryOverCheck() throws Exception {
        ArchiveEntry y2021 = ecology2021();
        ArchiveEntry y2023 = f.add(ECOLOGY_2023);

        for (String id : List.of(y2021.sha256(), y2023.sha256())) {
            String page = page(id);
            assertFalse(page.contains(">X1<"), page);
            assertFalse(markedBy(page, "requests.carriedOver.business", "X1"));
            assertTrue(page.contains("跨年度结转（X1）：索引中没有可核对的本机关上年度报告（或其表三），未核对。"));
            assertFalse(page.contains("层级汇总（X2）"), "not an aggregate report");
        }
    }

    @Test
    void anAggregateReportIsComparedWithTheSumOfItsUnitsAsCorrected() throws Exception {
        ArchiveEntry aggregate = f.add(AGGREGATE);
        String alone = page(aggregate.sha256());
        assertTrue(alone.contains("层级汇总（X2）：索引中没有本地区本年度所属单位的报告，未核对。"), alone);
        List<ArchiveEntry> units = new ArrayList<>();
        for (String unit : UNITS) {
            units.add(f.add(unit));
        }

        String page = page(aggregate.sha256());
        assertEquals(Map.of(), crossChecks(page), "the corpus aggregate is the sum of its units");
        assertTrue(page.contains("层级汇总（X2）：已与本地区本年度所属单位报告之和核对。"), page);

        JsonNode unit = TruthFiles.named(UNITS.get(2)).tree();
        String raised = new BigDecimal(number(unit, "/tables/requests/newReceived/business")).add(BigDecimal.valueOf(3)).toPlainString();
        ConsoleFixture.Login editor = f.login("ed");
        Map<String, String> correction = Map.of("id", units.get(2).sha256(), "kind", "cell", "target",
                "requests.newReceived.business", "value", raised, "reason", "测试", "csrf", editor.csrf());
        assertEquals(303, f.console.handle(ConsoleFixture.post("/report/correct", correction, editor.cookie())).status());

        String after = page(aggregate.sha256());
        JsonNode own = TruthFiles.named(AGGREGATE).tree();
        String printed = number(own, "/tables/requests/newReceived/business");
        String sum = new BigDecimal(printed).add(BigDecimal.valueOf(3)).toPlainString();
        Map<String, String> listed = crossChecks(after);
        assertEquals(List.of("X2@requests.newReceived.business"), List.copyOf(listed.keySet()),
                "only the corrected unit's cell differs (its row total was left as it was)");
        assertTrue(listed.get("X2@requests.newReceived.business").contains(
                "商业企业：本级汇总报告（" + printed + "）≠ 所属单位报告之和（" + sum + "）"), listed.toString());
        assertTrue(markedBy(after, "requests.newReceived.business", "X2"));
        assertTrue(after.contains("data-path=\"requests.newReceived.business\" title=\"") && after.contains(">" + printed + "</td>"),
                "the aggregate's own figure is shown unchanged");
    }
}
