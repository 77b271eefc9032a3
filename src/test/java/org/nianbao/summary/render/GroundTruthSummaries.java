package org.nianbao.summary.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.model.Tables;
import org.nianbao.summary.RegionalSummary;

/**
 * Regional summaries built from the corpus's ground truth: the agency reports of one region and year
 * (every format, each report once, aggregates left out) and their tables summed cell by cell here, with
 * a null cell adding as 0 and a cell null in every report staying null.
 */
final class GroundTruthSummaries {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private GroundTruthSummaries() {
    }

    /** The agency reports of a region and year, one per report id, in file-name order. */
    static List<AnnualReport> reports(String regionCode, int year) {
        Map<String, AnnualReport> byId = new LinkedHashMap<>();
        truthFiles().map(GroundTruthSummaries::read)
                .filter(r -> r.report().region() != null && regionCode.equals(r.report().region().code()))
                .filter(r -> r.report().year() != null && r.report().year() == year)
                .filter(r -> !"aggregate".equals(r.report().scope()))
                .forEach(r -> byId.putIfAbsent(r.id(), r));
        return List.copyOf(byId.values());
    }

    static RegionalSummary summary(String regionCode, int year) {
        List<AnnualReport> reports = reports(regionCode, year);
        if (reports.isEmpty()) {
            throw new IllegalStateException("no ground truth for " + regionCode + " " + year);
        }
        AnnualReport first = reports.get(0);
        List<RegionalSummary.Included> included = reports.stream()
                .map(r -> new RegionalSummary.Included(r.id(), r.report().agency(), r.status())).toList();
        return new RegionalSummary(RegionalSummary.SCHEMA_VERSION, first.report().region(), year,
                first.report().template(), "2024-03-01T00:00:00Z", sum(reports), List.of(), included,
                List.of(), List.of(), List.of(), List.of());
    }

    static Tables sum(List<AnnualReport> reports) {
        JsonNode total = null;
        for (AnnualReport report : reports) {
            ObjectNode tree = Json.mapper().valueToTree(report.tables());
            tree.remove("origins");
            total = total == null ? tree : add(total, tree);
        }
        try {
            return Json.mapper().treeToValue(total, Tables.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode add(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                out.set(name, add(a.get(name), b.path(name)));
            }
            return out;
        }
        if (a.isNumber() || b.isNumber()) {
            BigDecimal x = a.isNumber() ? a.decimalValue() : BigDecimal.ZERO;
            BigDecimal y = b.isNumber() ? b.decimalValue() : BigDecimal.ZERO;
            return JsonNodeFactory.instance.numberNode(x.add(y));
        }
        return JsonNodeFactory.instance.nullNode();
    }

    private static Stream<Path> truthFiles() {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(p -> p.getParent().getFileName().toString().equals("groundtruth"))
                    .filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AnnualReport read(Path file) {
        try {
            ObjectNode node = (ObjectNode) Json.mapper().readTree(file.toFile());
            node.remove("expectedFailingChecks");
            return Json.mapper().treeToValue(node, AnnualReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
