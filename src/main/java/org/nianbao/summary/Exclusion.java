package org.nianbao.summary;

import org.nianbao.index.IndexedReport;
import org.nianbao.summary.RegionalSummary.Excluded;

/** Why a current or older report of a region-year is not (wholly) in its summary. */
enum Exclusion {
    /** An older version: a newer one of the same agency and year replaced it. */
    SUPERSEDED("superseded by the newer version %s"),
    /** The region's own sum of its units, received alongside the units: adding it would count them twice. */
    AGGREGATE("aggregate report over the region's units: their own reports are summed instead"),
    /** Nothing to add: no table could be read (a scan without a text layer, or tables not printed). */
    TABLES_MISSING("tables missing: no table could be read from the document%s"),
    /** Table 二 of another template cannot be added cell by cell; tables 三 and 四 still are. */
    OTHER_TEMPLATE("other template %s (the region-year's is %s): left out of table 二 only");

    private final String reason;

    Exclusion(String reason) {
        this.reason = reason;
    }

    Excluded of(IndexedReport report, Object... details) {
        return new Excluded(report.id(), report.agency(), String.format(reason, details));
    }
}
