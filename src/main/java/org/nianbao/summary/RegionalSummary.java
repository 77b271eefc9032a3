package org.nianbao.summary;

import java.util.List;
import org.nianbao.model.Check;
import org.nianbao.model.Region;
import org.nianbao.model.Tables;
import org.nianbao.model.Warning;

/**
 * A region's merged report for one year (schema version 1): the cell-wise sums of its current reports,
 * with what was included, excluded (and why), missing from the roster, and which checks failed where.
 */
public record RegionalSummary(
        String schemaVersion,
        Region region,
        int year,
        String template,
        String generatedAt,
        Tables tables,
        List<Check> checks,
        List<Included> included,
        List<Excluded> excluded,
        List<String> missing,
        List<FailedCheck> failedChecks,
        List<Warning> warnings,
        List<CrossCheck> crossChecks) {

    public static final String SCHEMA_VERSION = "1";

    public RegionalSummary {
        crossChecks = crossChecks == null ? List.of() : List.copyOf(crossChecks);
    }

    /** A summary without checks across years and levels. */
    public RegionalSummary(String schemaVersion, Region region, int year, String template, String generatedAt,
                           Tables tables, List<Check> checks, List<Included> included, List<Excluded> excluded,
                           List<String> missing, List<FailedCheck> failedChecks, List<Warning> warnings) {
        this(schemaVersion, region, year, template, generatedAt, tables, checks, included, excluded, missing,
                failedChecks, warnings, List.of());
    }

    /**
     * A check across years or levels ({@link CrossChecks}: X1, X2) that failed for one current report of
     * the region-year: a difference to look into, never a correction.
     */
    public record CrossCheck(String id, String agency, Check check) {
    }

    /** A report whose tables are in the sums. */
    public record Included(String id, String agency, String status) {
    }

    /** A report left out of the sums (or of table 二), and why. */
    public record Excluded(String id, String agency, String reason) {
    }

    /** A check that failed in one included report. */
    public record FailedCheck(String id, String agency, String check) {
    }
}
