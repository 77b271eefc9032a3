package org.nianbao.summary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.index.RegionYear;
import org.nianbao.index.TruthFiles.Truth;

/**
 * What a region-year's summary must hold, worked out from the raw truth trees and roster.json alone,
 * without the calculator's code: which report is current, what is left out and why, the cell sums
 * (a cell null in every summed report stays null), and the roster agencies with no report.
 */
record ExpectedSummary(
        String template,
        Set<String> included,
        Map<String, String> excluded,
        List<String> missing,
        Map<String, JsonNode> tables,
        Set<String> failedChecks) {

    static final List<String> TABLES = List.of("proactive", "requests", "reviewLitigation");

    /** {@code truths}: the region-year's reports in the order they were indexed; {@code roster} may be missing. */
    static ExpectedSummary of(RegionYear regionYear, List<Truth> truths, JsonNode roster) {
        Map<String, String> excluded = new LinkedHashMap<>();
        List<Truth> current = current(truths, excluded);
        boolean units = current.stream().anyMatch(t -> !"aggregate".equals(t.meta().path("scope").asText()));
        List<Truth> summed = new ArrayList<>();
        for (Truth truth : current) {
            if (units && "aggregate".equals(truth.meta().path("scope").asText())) {
                excluded.put(truth.id(), "aggregate");
            } else if (TABLES.stream().allMatch(name -> truth.tree().path("tables").path(name).isNull())) {
                excluded.put(truth.id(), "tables missing");
            } else {
                summed.add(truth);
            }
        }
        String template = majorityTemplate(summed, regionYear.year());
        Map<String, JsonNode> tables = sums(summed, template, excluded);
        Set<String> included = new LinkedHashSet<>();
        Set<String> failed = new LinkedHashSet<>();
        for (Truth truth : summed) {
            included.add(truth.id());
            for (JsonNode check : truth.tree().path("checks")) {
                if ("fail".equals(check.path("status").asText())) {
                    failed.add(truth.id() + "|" + check.path("id").asText() + " " + check.path("target").asText());
                }
            }
        }
        return new ExpectedSummary(template, included, excluded, missing(roster, current), tables, failed);
    }

    /** Table 二 of the region-year's template only, tables 三 and 四 of every summed report. */
    private static Map<String, JsonNode> sums(List<Truth> summed, String template, Map<String, String> excluded) {
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        for (String name : TABLES) {
            JsonNode sum = NullNode.instance;
            for (Truth truth : summed) {
                JsonNode table = truth.tree().path("tables").path(name);
                boolean otherTemplate = !template.equals(truth.meta().path("template").asText());
                if (name.equals("proactive") && !table.isNull() && otherTemplate) {
                    excluded.put(truth.id(), "other template");
                } else {
                    sum = add(sum, table);
                }
            }
            tables.put(name, sum);
        }
        if (!"2021".equals(template) && tables.get("requests").isObject()) {
            ((ObjectNode) tables.get("requests").get("results")).putNull("otherHandlingDetail");
        }
        return tables;
    }

    /** The latest of each agency's versions: by publication date, then by indexing order. */
    private static List<Truth> current(List<Truth> truths, Map<String, String> excluded) {
        Map<String, List<Integer>> byAgency = new LinkedHashMap<>();
        for (int i = 0; i < truths.size(); i++) {
            Truth truth = truths.get(i);
            assertTrue(truth.tree().at("/source/receivedAt").isNull(), "corpus truths carry no received time");
            byAgency.computeIfAbsent(truth.agency().replaceAll("\\s", ""), k -> new ArrayList<>()).add(i);
        }
        List<Truth> current = new ArrayList<>();
        for (List<Integer> versions : byAgency.values()) {
            Comparator<Integer> order = Comparator.comparing(
                    (Integer i) -> truths.get(i).meta().path("publishedOn").asText(""))
                    .thenComparing(i -> i);
            int latest = versions.stream().max(order).orElseThrow();
            current.add(truths.get(latest));
            versions.stream().filter(i -> i != latest).forEach(i -> excluded.put(truths.get(i).id(), "superseded"));
        }
        return current;
    }

    /** "2019" or "2021", whichever more summed reports are in; the year's own on a tie. */
    private static String majorityTemplate(List<Truth> summed, int year) {
        long of2019 = summed.stream().filter(t -> t.meta().path("template").asText().equals("2019")).count();
        long of2021 = summed.stream().filter(t -> t.meta().path("template").asText().equals("2021")).count();
        if (of2019 == of2021) {
            return year >= 2021 ? "2021" : "2019";
        }
        return of2019 > of2021 ? "2019" : "2021";
    }

    /** Null and a number give the number; two nulls give null; objects add field by field. */
    static JsonNode add(JsonNode a, JsonNode b) {
        if (a == null || a.isNull() || a.isMissingNode()) {
            return b == null || b.isMissingNode() ? NullNode.instance : b.deepCopy();
        }
        if (b == null || b.isNull() || b.isMissingNode()) {
            return a;
        }
        if (a.isNumber() && b.isNumber()) {
            return JsonNodeFactory.instance.numberNode(a.decimalValue().add(b.decimalValue()));
        }
        ObjectNode sum = JsonNodeFactory.instance.objectNode();
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            sum.set(name, add(a.get(name), b.get(name)));
        }
        return sum;
    }

    private static List<String> missing(JsonNode roster, List<Truth> current) {
        List<String> missing = new ArrayList<>();
        if (roster == null) {
            return missing;
        }
        List<String> path = new ArrayList<>();
        roster.path("path").forEach(p -> path.add(p.asText()));
        String city = path.size() >= 2 ? path.get(path.size() - 2) : "";
        for (JsonNode agency : roster.path("agencies")) {
            String name = agency.asText();
            boolean reported = current.stream().map(Truth::agency).anyMatch(a -> a.equals(name)
                    || a.equals(city + name) || (city + a).equals(name));
            if (!reported) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** Every numeric or null leaf of a tree by its path. */
    static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect(node, "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String path, Map<String, JsonNode> into) {
        if (node == null || !node.isObject()) {
            into.put(path, node == null ? NullNode.instance : node);
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            collect(e.getValue(), path + "." + e.getKey(), into);
        }
    }
}
