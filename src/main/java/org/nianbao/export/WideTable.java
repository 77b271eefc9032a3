package org.nianbao.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.ReportMeta;

/**
 * The wide layout shared by the CSV and the XLSX: one row per report, its metadata, status and failed
 * checks, then one column per table cell ({@link CellColumns#all()}) headed by the template's printed labels.
 * Cells are {@link BigDecimal}, text or null (blank cell, or a table the report does not carry).
 */
public final class WideTable {

    /** The metadata headers, in order. */
    public static final List<String> META_HEADERS = List.of("编号", "机构", "地区代码", "地区", "年度", "模板", "范围",
            "状态", "标题", "发布日期", "索引号", "文件名", "未通过的检查");

    private WideTable() {
    }

    public static List<String> header() {
        List<String> out = new ArrayList<>(META_HEADERS);
        CellColumns.all().forEach(c -> out.add(c.header()));
        return out;
    }

    public static List<Object> row(ExportedReport exported) {
        AnnualReport report = exported.report();
        ReportMeta meta = report.report();
        List<Object> out = new ArrayList<>();
        out.add(report.id());
        out.add(meta == null ? null : meta.agency());
        out.add(meta == null || meta.region() == null ? null : meta.region().code());
        out.add(meta == null || meta.region() == null ? null : meta.region().name());
        out.add(meta == null ? null : meta.year());
        out.add(meta == null ? null : meta.template());
        out.add(meta == null ? null : meta.scope());
        out.add(report.status());
        out.add(meta == null ? null : meta.title());
        out.add(meta == null ? null : meta.publishedOn());
        out.add(meta == null ? null : meta.indexNumber());
        out.add(report.source() == null ? null : report.source().fileName());
        out.add(exported.failedChecks());
        Map<String, BigDecimal> cells = CellLeaves.of(report.tables());
        String variant = report.tables() == null || report.tables().proactive() == null ? ""
                : CellColumns.variantOf(report.tables().proactive());
        for (CellColumn column : CellColumns.all()) {
            boolean otherVariant = !column.variant().isEmpty() && !column.variant().equals(variant);
            out.add(otherVariant ? null : cells.get(column.path()));
        }
        return out;
    }
}
