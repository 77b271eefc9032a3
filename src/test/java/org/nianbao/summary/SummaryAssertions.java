package org.nianbao.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.nianbao.model.Check;
import org.nianbao.model.Json;
import org.nianbao.region.RegionCatalog;
import org.nianbao.summary.RegionalSummary.Excluded;

/** A summary compared with what it must hold, with messages that name the region-year and the cell. */
final class SummaryAssertions {

    /** The words each kind of exclusion reason starts with. */
    private static final Map<String, String> REASONS = Map.of(
            "superseded", "superseded", "aggregate", "aggregate report", "tables missing", "tables missing",
            "other template", "other template");

    private SummaryAssertions() {
    }

    static void assertSummary(ExpectedSummary expected, RegionalSummary actual) throws Exception {
        String where = actual.region().code() + "/" + actual.year() + ": ";
        assertEquals(RegionCatalog.standard().byCode(actual.region().code()).orElseThrow(), actual.region());
        assertEquals(expected.template(), actual.template(), where + "template");
        assertEquals(expected.included(), actual.included().stream().map(RegionalSummary.Included::id)
                .collect(Collectors.toSet()), where + "included");
        assertEquals(new TreeMap<>(expected.excluded()), kinds(actual.excluded()), where + "excluded");
        assertEquals(expected.missing(), actual.missing(), where + "missing");
        assertEquals(expected.failedChecks(), actual.failedChecks().stream().map(f -> f.id() + "|" + f.check())
                .collect(Collectors.toSet()), where + "failedChecks");
        // R1–R5 are linear or cell-wise, so the sums fail exactly where a summed report fails (R6 reads prose).
        assertEquals(expected.failedChecks().stream().map(f -> f.substring(f.indexOf('|') + 1))
                        .filter(check -> !check.startsWith("R6")).collect(Collectors.toSet()),
                actual.checks().stream().filter(Check::failed).map(c -> c.id() + " " + c.target())
                        .collect(Collectors.toSet()), where + "checks failing on the sums");
        JsonNode tables = Json.mapper().readTree(Json.mapper().writeValueAsString(actual.tables()));
        for (String table : ExpectedSummary.TABLES) {
            assertSameCells(where + table, expected.tables().get(table), tables.get(table));
        }
    }

    static void assertSameCells(String where, JsonNode expected, JsonNode actual) {
        Map<String, JsonNode> want = ExpectedSummary.leaves(expected);
        Map<String, JsonNode> got = ExpectedSummary.leaves(actual);
        assertEquals(want.keySet(), got.keySet(), where + ": cells");
        Map<String, String> wrong = new LinkedHashMap<>();
        want.forEach((path, value) -> {
            JsonNode other = got.get(path);
            boolean same = value.isNull() ? other.isNull()
                    : other.isNumber() && value.decimalValue().compareTo(other.decimalValue()) == 0;
            if (!same) {
                wrong.put(path, "expected " + value + ", got " + other);
            }
        });
        if (!wrong.isEmpty()) {
            fail(where + ": " + wrong.size() + " cell(s) differ: " + wrong);
        }
    }

    private static Map<String, String> kinds(List<Excluded> excluded) {
        Map<String, String> kinds = new TreeMap<>();
        for (Excluded e : excluded) {
            String kind = REASONS.entrySet().stream().filter(r -> e.reason().startsWith(r.getValue()))
                    .map(Map.Entry::getKey).findFirst().orElse("unknown reason: " + e.reason());
            String earlier = kinds.put(e.id(), kind);
            assertTrue(earlier == null, e.id() + " excluded twice: " + earlier + ", " + kind);
        }
        return kinds;
    }

    static Set<String> ids(List<RegionalSummary.Included> included) {
        return included.stream().map(RegionalSummary.Included::id).collect(Collectors.toSet());
    }
}
