package org.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.ExportCommand;
import org.nianbao.index.IndexSettings;

/**
 * The exports of every report truth file of the fixtures, compared with those files read here on their
 * own (a plain JSON tree walk, not the export's code).
 */
class ExportCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String NEW_RECEIVED_NATURAL = "表三/一、本年新收政府信息公开申请数量/申请人情况/自然人";
    private static final String CARRIED_FORWARD_TOTAL = "表三/四、结转下年度继续办理/申请人情况/总计";
    private static final String REVIEW_UPHELD = "表四/行政复议/结果维持";
    private static final String LICENSING_2021 = "表二（2021）/行政许可/第二十条第（五）项/本年处理决定数量";
    private static final String LICENSING_2019 = "表二（2019）/行政许可/第二十条第（五）项/处理决定数量";

    @TempDir
    static Path folder;
    private static Path reports;
    /** Every truth file that is a report, as a tree. */
    private static List<JsonNode> truths;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeAll
    static void copyTruthFiles() throws IOException {
        reports = folder.resolve("reports");
        truths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path file : files.filter(p -> p.getParent().getFileName().toString().equals("groundtruth")).sorted().toList()) {
                Path copy = reports.resolve(FIXTURES.relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
                JsonNode tree = PLAIN.readTree(file.toFile());
                if (tree.has("schemaVersion") && tree.path("id").isTextual()) {
                    truths.add(tree);
                }
            }
        }
        assertTrue(truths.size() > 70, "the fixtures hold " + truths.size() + " report truth files");
    }

    private int export(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("--from", reports.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        return new ExportCommand(new IndexSettings("jdbc:h2:mem:unused", "sa", ""),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2024-03-01T08:00:00Z"), ZoneOffset.UTC)).run(args);
    }

    @Test
    void theLongCsvHoldsEveryCellOfEveryReportExactly() throws IOException {
        Path out = folder.resolve("all");
        assertEquals(ExportCommand.OK, export(out), stderr.toString(StandardCharsets.UTF_8));
        List<List<String>> rows = CsvRecords.parse(Files.readString(out.resolve(ExportCommand.LONG_CSV), StandardCharsets.UTF_8));
        assertEquals(List.of("report_id", "agency", "region_code", "region_name", "year", "template", "table", "row",
                "column", "value", "table_label", "row_label", "column_label"), rows.get(0));

        Map<String, Integer> expected = new TreeMap<>();
        for (JsonNode truth : truths) {
            JsonNode tables = truth.path("tables");
            for (String table : List.of("proactive", "requests", "reviewLitigation")) {
                if (tables.path(table).isObject()) {
                    cells(truth.path("id").asText(), table, tables.path(table), expected);
                }
            }
        }
        Map<String, Integer> actual = new TreeMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String path = row.get(6) + (row.get(7).isEmpty() ? "" : "." + row.get(7)) + "." + row.get(8);
            String value = row.get(9).isEmpty() ? "null" : new BigDecimal(row.get(9)).stripTrailingZeros().toPlainString();
            actual.merge(row.get(0) + " " + path + " = " + value, 1, Integer::sum);
        }
        assertEquals(expected, actual);
        assertTrue(expected.size() > 10_000, expected.size() + " cells");

        JsonNode first = truths.get(0);
        List<String> row = rows.stream().filter(r -> r.get(0).equals(first.path("id").asText())
                && r.get(6).equals("requests") && r.get(7).equals("newReceived") && r.get(8).equals("naturalPerson"))
                .findFirst().orElseThrow();
        JsonNode meta = first.path("report");
        assertEquals(List.of(meta.path("agency").asText(), meta.path("region").path("code").asText(),
                meta.path("region").path("name").asText(), meta.path("year").asText(), meta.path("template").asText()),
                row.subList(1, 6));
        assertEquals(List.of("表三", "一、本年新收政府信息公开申请数量", "申请人情况/自然人"), row.subList(10, 13));
    }

    private static void cells(String id, String path, JsonNode node, Map<String, Integer> into) {
        if (node.isObject()) {
            node.properties().forEach(f -> cells(id, path + "." + f.getKey(), f.getValue(), into));
        } else {
            String value = node.isNull() ? "null" : node.decimalValue().stripTrailingZeros().toPlainString();
            into.merge(id + " " + path + " = " + value, 1, Integer::sum);
        }
    }

    @Test
    void theWideCsvHasOneRowPerReportUnderChineseHeaders() throws IOException {
        Path out = folder.resolve("wide");
        assertEquals(ExportCommand.OK, export(out));
        byte[] bytes = Files.readAllBytes(out.resolve(ExportCommand.WIDE_CSV));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"));
        List<List<String>> rows = CsvRecords.parse(text);
        List<String> header = rows.get(0);
        assertEquals(List.of("编号", "机构", "地区代码", "地区", "年度", "模板", "范围", "状态", "标题", "发布日期", "索引号",
                "文件名", "未通过的检查"), header.subList(0, 13));
        assertEquals(header.size(), new TreeSet<>(header).size(), "headers are unique");
        assertEquals(truths.size(), rows.size() - 1);
        Map<String, JsonNode> byId = new HashMap<>();
        truths.forEach(t -> byId.put(t.path("id").asText(), t));
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(header.size(), row.size());
            JsonNode truth = byId.get(row.get(0));
            assertEquals(truth.path("report").path("agency").asText(), row.get(1));
            assertEquals(truth.path("status").asText(), row.get(7));
            JsonNode requests = truth.path("tables").path("requests");
            assertEquals(figure(requests.path("newReceived").path("naturalPerson")), row.get(header.indexOf(NEW_RECEIVED_NATURAL)));
            assertEquals(figure(requests.path("carriedForward").path("total")), row.get(header.indexOf(CARRIED_FORWARD_TOTAL)));
            assertEquals(figure(truth.path("tables").path("reviewLitigation").path("review").path("upheld")),
                    row.get(header.indexOf(REVIEW_UPHELD)));
            JsonNode licensing = truth.path("tables").path("proactive").path("licensing").path("decisions");
            boolean is2021 = truth.path("tables").path("proactive").path("regulations").has("issued");
            assertEquals(is2021 ? figure(licensing) : "", row.get(header.indexOf(LICENSING_2021)));
            assertEquals(is2021 ? "" : figure(licensing), row.get(header.indexOf(LICENSING_2019)));
            List<String> ownFailures = new ArrayList<>();
            truth.path("checks").forEach(c -> {
                if (c.path("status").asText().equals("fail")) {
                    ownFailures.add(c.path("id").asText() + " " + c.path("target").asText());
                }
            });
            String failed = row.get(header.indexOf("未通过的检查"));
            assertTrue(failed.startsWith(String.join("; ", ownFailures)), failed + " vs " + ownFailures);
        }
    }

    private static String figure(JsonNode node) {
        return node.isNumber() ? node.decimalValue().toPlainString() : "";
    }

    @Test
    void theXlsxHoldsTheSameTableWithFiguresAsNumbers() throws IOException {
        Path out = folder.resolve("xlsx");
        assertEquals(ExportCommand.OK, export(out, "--template", "2021"));
        List<List<String>> csv = CsvRecords.parse(Files.readString(out.resolve(ExportCommand.WIDE_CSV), StandardCharsets.UTF_8)
                .substring(1));
        try (InputStream in = Files.newInputStream(out.resolve(ExportCommand.WIDE_XLSX));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("报告");
            Row head = sheet.getRow(0);
            List<String> header = new ArrayList<>();
            head.forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(csv.get(0), header);
            assertEquals(csv.size() - 1, sheet.getLastRowNum());
            int column = header.indexOf(NEW_RECEIVED_NATURAL);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertEquals(csv.get(r).get(0), row.getCell(0).getStringCellValue());
                String expected = csv.get(r).get(column);
                if (expected.isEmpty()) {
                    assertTrue(row.getCell(column) == null);
                } else {
                    assertEquals(CellType.NUMERIC, row.getCell(column).getCellType());
                    assertEquals(Double.parseDouble(expected), row.getCell(column).getNumericCellValue());
                }
            }
            assertEquals("tables.requests.newReceived.naturalPerson",
                    book.getSheet("列").getRow(header.indexOf(NEW_RECEIVED_NATURAL) - 13 + 1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void filtersSelectByRegionWithItsSubRegionsYearsAndTemplate() throws IOException {
        assertSelected(Set.of("--region", "371300"), t -> regionCode(t).startsWith("3713"));
        assertSelected(Set.of("--region", "371302"), t -> regionCode(t).equals("371302"));
        assertSelected(Set.of("--region", "370000"), t -> regionCode(t).startsWith("37"));
        assertSelected(Set.of("--years", "2021-2023"), t -> t.path("report").path("year").asInt() >= 2021
                && t.path("report").path("year").asInt() <= 2023);
        assertSelected(Set.of("--template", "2021"), t -> t.path("report").path("template").asText().equals("2021"));
    }

    private void assertSelected(Set<String> optionPair, Predicate<JsonNode> expected) throws IOException {
        List<String> options = optionPair.stream().sorted((a, b) -> a.startsWith("--") ? -1 : 1).toList();
        Path out = folder.resolve("filter-" + String.join("", options).replace("-", ""));
        assertEquals(ExportCommand.OK, export(out, options.toArray(String[]::new)));
        Set<String> want = truths.stream().filter(expected).map(t -> t.path("id").asText()).collect(Collectors.toSet());
        Set<String> got = CsvRecords.parse(Files.readString(out.resolve(ExportCommand.WIDE_CSV), StandardCharsets.UTF_8))
                .stream().skip(1).map(r -> r.get(0)).collect(Collectors.toSet());
        assertTrue(!want.isEmpty() && want.size() < truths.size(), options + " selects some: " + want.size());
        assertEquals(want, got, options.toString());
    }

    private static String regionCode(JsonNode truth) {
        return truth.path("report").path("region").path("code").asText("");
    }
}
