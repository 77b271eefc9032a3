package org.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.ExportCommand;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexSettings;
import org.nianbao.index.TestDatabase;
import org.nianbao.index.TruthFiles;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;

/** {@code export} from the archive index: current versions only, filtered, with the checks across levels. */
class IndexExportTest {

    private static final String AGGREGATE = "html/syn-061-371311-2020.html";

    @TempDir
    Path folder;

    @Test
    void theIndexsCurrentReportsOfARegionWithTheirHierarchyCheck() throws Exception {
        IndexSettings settings = TestDatabase.H2.create(folder);
        ArchiveIndex index = ArchiveIndex.open(settings);
        List<Truth> luozhuang = new ArrayList<>(List.of(TruthFiles.named(AGGREGATE)));
        for (JsonNode aggregate : Json.mapper().readTree(TruthFiles.FIXTURES.resolve("roster.json").toFile()).path("aggregates")) {
            if (aggregate.path("file").asText().equals(AGGREGATE)) {
                for (JsonNode unit : aggregate.path("sumOf")) {
                    luozhuang.add(TruthFiles.named(unit.asText()));
                }
            }
        }
        for (Truth truth : luozhuang) {
            index.index(truth.report(), folder.resolve(truth.id()));
        }
        Truth elsewhere = TruthFiles.named("html/syn-001-371300-2020.html");
        index.index(elsewhere.report(), folder.resolve(elsewhere.id()));

        Map<String, String> expected = new TreeMap<>();
        luozhuang.forEach(t -> expected.put(t.id(), ownFailures(t)));
        assertEquals(expected, failedChecks(settings, folder.resolve("out")),
                "the six reports of 罗庄区 2020; the aggregate adds up (no X2)");

        // One more unit that the aggregate report does not count: each of its non-zero cells is a difference.
        ObjectNode extra = luozhuang.get(1).tree().deepCopy();
        extra.put("id", "e".repeat(64));
        ((ObjectNode) extra.path("report")).put("agency", "罗庄区审计局");
        index.index(Json.mapper().treeToValue(extra, AnnualReport.class), folder.resolve("extra"));
        List<String> differences = new ArrayList<>();
        nonZero("proactive", extra.at("/tables/proactive"), differences);
        nonZero("requests", extra.at("/tables/requests"), differences);
        nonZero("reviewLitigation", extra.at("/tables/reviewLitigation"), differences);
        expected.put(extra.path("id").asText(), "");
        String own = expected.get(luozhuang.get(0).id());
        expected.put(luozhuang.get(0).id(), (own.isEmpty() ? "" : own + "; ") + String.join("; ", differences));
        assertEquals(expected, failedChecks(settings, folder.resolve("out2")));
    }

    private static Map<String, String> failedChecks(IndexSettings settings, Path out) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ExportCommand(settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .run(List.of("--out", out.toString(), "--region", "371311", "--years", "2020"));
        assertEquals(ExportCommand.OK, code, err.toString(StandardCharsets.UTF_8));
        List<List<String>> rows = CsvRecords.parse(Files.readString(out.resolve(ExportCommand.WIDE_CSV), StandardCharsets.UTF_8)
                .substring(1));
        Map<String, String> failedChecks = new TreeMap<>();
        rows.subList(1, rows.size()).forEach(r -> failedChecks.put(r.get(0), r.get(12)));
        return failedChecks;
    }

    private static void nonZero(String path, JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(f -> nonZero(path + "." + f.getKey(), f.getValue(), into));
        } else if (node.isNumber() && node.decimalValue().signum() != 0) {
            into.add("X2 " + path);
        }
    }

    private static String ownFailures(Truth truth) {
        List<String> failed = new ArrayList<>();
        truth.tree().path("checks").forEach(c -> {
            if (c.path("status").asText().equals("fail")) {
                failed.add(c.path("id").asText() + " " + c.path("target").asText());
            }
        });
        return String.join("; ", failed);
    }
}
