package org.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.ReportMeta;

/**
 * One row per table cell of every report, for pandas, DuckDB or R: {@code report_id, agency, region_code,
 * region_name, year, template, table, row, column, value}, then the printed labels {@code table_label,
 * row_label, column_label}. {@code table} is the table's key in the canonical JSON ({@code requests}),
 * {@code row} the path between table and column ({@code results.denied.stateSecret}), {@code column} the
 * last key ({@code naturalPerson}); a blank cell has an empty value. Plain UTF-8 without byte order mark,
 * LF line ends, text exactly as in the report (no spreadsheet escaping).
 */
public final class LongCsv {

    public static final List<String> HEADER = List.of("report_id", "agency", "region_code", "region_name", "year",
            "template", "table", "row", "column", "value", "table_label", "row_label", "column_label");

    private LongCsv() {
    }

    public static void write(List<ExportedReport> reports, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvText.line(w, HEADER, false, "\n");
        for (ExportedReport exported : reports) {
            AnnualReport report = exported.report();
            ReportMeta meta = report.report();
            List<Object> lead = Arrays.asList(report.id(), meta == null ? null : meta.agency(),
                    meta == null || meta.region() == null ? null : meta.region().code(),
                    meta == null || meta.region() == null ? null : meta.region().name(),
                    meta == null ? null : meta.year(), meta == null ? null : meta.template());
            String variant = report.tables() == null || report.tables().proactive() == null ? ""
                    : CellColumns.variantOf(report.tables().proactive());
            for (Map.Entry<String, BigDecimal> cell : CellLeaves.of(report.tables()).entrySet()) {
                String path = cell.getKey();
                int first = path.indexOf('.');
                int last = path.lastIndexOf('.');
                Optional<CellColumn> column = CellColumns.find(variant, path);
                List<Object> fields = new ArrayList<>(lead);
                fields.add(path.substring(0, first));
                fields.add(first == last ? "" : path.substring(first + 1, last));
                fields.add(path.substring(last + 1));
                fields.add(cell.getValue());
                fields.add(CellColumns.tableName(path.substring(0, first)));
                fields.add(column.map(CellColumn::row).orElse(""));
                fields.add(column.map(CellColumn::column).orElse(""));
                CsvText.line(w, fields, false, "\n");
            }
        }
        w.flush();
    }
}
