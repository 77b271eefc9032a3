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
        List<Warning> warnings) {

    public static final String SCHEMA_VERSION = "1";

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
