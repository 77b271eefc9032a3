package org.nianbao.correction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.extract.ConsistencyChecks;
import org.nianbao.index.CheckFailure;
import org.nianbao.index.IndexedReport;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.model.Json;
import org.nianbao.model.Region;
import org.nianbao.model.Tables;
import org.nianbao.model.Warning;
import org.nianbao.region.RegionCatalog;

/**
 * A report as the office sees it: the conversion with every correction still in force applied (the last
 * one of a target wins), checks R1–R5 run again on the corrected tables (R6 kept as converted), and the
 * confirmed, dismissed and excluded marks. The converted report itself is not changed.
 */
public record EffectiveReport(IndexedReport indexed, List<Correction> active, List<Correction> trail,
                              Set<String> dismissed, Set<String> confirmed, Optional<Correction> exclusion) {

    public static final String FIELD_AGENCY = "agency";
    public static final String FIELD_REGION = "region";
    public static final String FIELD_YEAR = "year";
    public static final String FIELD_SCOPE = "scope";
    public static final List<String> FIELDS = List.of(FIELD_AGENCY, FIELD_REGION, FIELD_YEAR, FIELD_SCOPE);

    public boolean excluded() {
        return exclusion.isPresent();
    }

    public AnnualReport report() {
        return indexed.report();
    }

    /** Failing checks of the effective report that were not dismissed. */
    public List<Check> failingChecks() {
        List<Check> failing = new ArrayList<>();
        for (Check check : report().checks() == null ? List.<Check>of() : report().checks()) {
            if (check.failed() && !dismissed.contains(Correction.checkKey(check.id(), check.target()))) {
                failing.add(check);
            }
        }
        return failing;
    }

    /** Applies {@code trail} (every correction of the report, undos included, in order) to {@code original}. */
    public static EffectiveReport of(IndexedReport original, List<Correction> trail, RegionCatalog catalog) {
        Set<String> undone = new LinkedHashSet<>();
        trail.stream().filter(k -> k.kind() == Correction.Kind.UNDO).forEach(k -> undone.add(k.undoes()));
        List<Correction> active = trail.stream()
                .filter(k -> k.kind() != Correction.Kind.UNDO && !undone.contains(k.id())).toList();
        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Correction.Kind> checkMarks = new LinkedHashMap<>();
        Correction exclusion = null;
        for (Correction k : active) {
            switch (k.kind()) {
                case CELL -> cells.put(k.target(), k.newValue());
                case FIELD -> fields.put(k.target(), k.newValue());
                case CONFIRM_CHECK, DISMISS_CHECK -> checkMarks.put(k.target(), k.kind());
                case EXCLUDE -> exclusion = k;
                default -> throw new IllegalStateException("unexpected " + k.kind());
            }
        }
        Set<String> dismissed = new LinkedHashSet<>();
        Set<String> confirmed = new LinkedHashSet<>();
        checkMarks.forEach((key, kind) -> (kind == Correction.Kind.DISMISS_CHECK ? dismissed : confirmed).add(key));
        IndexedReport effective = cells.isEmpty() && fields.isEmpty() && dismissed.isEmpty()
                ? original : apply(original, cells, fields, dismissed, catalog);
        return new EffectiveReport(effective, active, List.copyOf(trail), dismissed, confirmed, Optional.ofNullable(exclusion));
    }

    private static IndexedReport apply(IndexedReport original, Map<String, String> cells, Map<String, String> fields,
                                       Set<String> dismissed, RegionCatalog catalog) {
        ObjectNode tree = Json.mapper().valueToTree(original.report());
        cells.forEach((path, value) -> setCell(tree, path, value));
        ObjectNode meta = (ObjectNode) tree.path("report");
        fields.forEach((field, value) -> setField(meta, field, value, catalog));
        AnnualReport corrected;
        try {
            corrected = Json.mapper().treeToValue(tree, AnnualReport.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a corrected report of " + original.id() + " does not read back", e);
        }
        List<Check> checks = recheck(corrected, original.report());
        AnnualReport report = new AnnualReport(corrected.schemaVersion(), corrected.id(), corrected.status(),
                corrected.source(), corrected.report(), corrected.sections(), corrected.tables(), corrected.blankCells(),
                checks, corrected.warnings());
        List<CheckFailure> failed = checks.stream().filter(Check::failed)
                .filter(c -> !dismissed.contains(Correction.checkKey(c.id(), c.target())))
                .map(c -> new CheckFailure(c.id(), c.target())).toList();
        var m = report.report();
        return new IndexedReport(original.id(), m.agency(), m.region() == null ? null : m.region().code(), m.year(),
                original.template(), m.scope(), original.status(), failed, original.fileName(), original.channel(),
                original.receivedAt(), original.publishedOn(), original.archivePath(), original.supersededBy(), report);
    }

    /** R1–R5 again on the corrected tables; R6 (figures quoted in the text) as converted. */
    private static List<Check> recheck(AnnualReport corrected, AnnualReport original) {
        List<Check> checks = new ArrayList<>();
        Tables tables = corrected.tables();
        if (tables != null) {
            checks.addAll(ConsistencyChecks.run(tables));
        }
        if (original.checks() != null) {
            original.checks().stream().filter(c -> "R6".equals(c.id())).forEach(checks::add);
        }
        return checks;
    }

    private static void setCell(ObjectNode tree, String path, String value) {
        String[] parts = path.split("\\.");
        JsonNode node = tree.path("tables");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.path(parts[i]);
        }
        if (!(node instanceof ObjectNode parent)) {
            throw new IllegalArgumentException("no such cell: " + path);
        }
        String last = parts[parts.length - 1];
        if (value == null || value.isBlank()) {
            parent.putNull(last);
        } else {
            parent.put(last, new BigDecimal(value.strip()));
        }
    }

    private static void setField(ObjectNode meta, String field, String value, RegionCatalog catalog) {
        switch (field) {
            case FIELD_AGENCY -> meta.put("agency", value);
            case FIELD_SCOPE -> meta.put("scope", value);
            case FIELD_YEAR -> meta.put("year", Integer.parseInt(value.strip()));
            case FIELD_REGION -> {
                Region region = catalog.byCode(value.strip()).orElse(new Region(value.strip(), null, List.of()));
                meta.set("region", Json.mapper().valueToTree(region));
            }
            default -> throw new IllegalArgumentException("not a correctable field: " + field);
        }
    }

    /** A warning for the summary naming a correction in force. */
    public static Warning warning(IndexedReport report, Correction k) {
        String what = switch (k.kind()) {
            case CELL -> "tables." + k.target() + " " + k.oldValue() + " -> " + k.newValue();
            case FIELD -> "report." + k.target() + " " + k.oldValue() + " -> " + k.newValue();
            case CONFIRM_CHECK -> "check " + k.target() + " confirmed as the agency's error";
            case DISMISS_CHECK -> "check " + k.target() + " dismissed";
            case EXCLUDE -> "excluded from the sums";
            case UNDO -> "undo of " + k.undoes();
        };
        return new Warning("CORRECTED", report.agency() + " (" + report.id() + "): " + what + " by " + k.user()
                + " at " + k.at() + ", reason: " + k.reason(), k.kind() == Correction.Kind.CELL ? "tables." + k.target() : null);
    }
}
