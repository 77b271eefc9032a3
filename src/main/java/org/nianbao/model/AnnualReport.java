package org.nianbao.model;

import java.util.List;

/** The canonical report JSON (schema version 1): one per document, whatever its format. */
public record AnnualReport(
        String schemaVersion,
        String id,
        String status,
        Source source,
        ReportMeta report,
        List<Section> sections,
        Tables tables,
        List<BlankCell> blankCells,
        List<Check> checks,
        List<Warning> warnings) {

    public static final String SCHEMA_VERSION = "1";
    public static final String OK = "ok";
    public static final String PARTIAL = "partial";
    public static final String FAILED = "failed";
}
