package org.nianbao.correction;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.CorrectionTable;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.model.Warning;
import org.nianbao.region.RegionCatalog;
import org.nianbao.summary.RegionalSummary.Excluded;
import org.nianbao.summary.SummaryInputs;
import org.nianbao.summary.render.CellValues;
import org.nianbao.summary.render.SummaryCsv;

/**
 * Makes and applies the office's corrections. A correction is checked, appended to the report's
 * {@code corrections.jsonl} (forced to disk) and then copied into the index; reports are read back through
 * {@link #effective}. As {@link SummaryInputs}, it gives the summaries the corrected reports.
 */
public final class Corrections implements SummaryInputs {

    private final ArchiveIndex index;
    private final CorrectionTable table;
    private final RegionCatalog catalog;
    private final Clock clock;

    public Corrections(ArchiveIndex index, RegionCatalog catalog, Clock clock) {
        this.index = index;
        this.table = new CorrectionTable(index.settings());
        this.catalog = catalog;
        this.clock = clock;
    }

    public EffectiveReport effective(IndexedReport report) throws IndexException {
        return EffectiveReport.of(report, table.of(report.id()), catalog);
    }

    /** The corrections of {@code report} recorded in the archive folder (the durable record). */
    public List<Correction> archived(IndexedReport report) throws IOException {
        return report.archivePath() == null ? List.of() : CorrectionLog.read(Path.of(report.archivePath()));
    }

    /** The effective reports of a region-year: also those corrected into it, without those corrected out of it. */
    public List<EffectiveReport> regionYear(RegionYear regionYear, List<IndexedReport> versions) throws IndexException {
        Map<String, List<Correction>> byReport = new LinkedHashMap<>();
        for (Correction k : table.all()) {
            byReport.computeIfAbsent(k.reportId(), id -> new ArrayList<>()).add(k);
        }
        List<EffectiveReport> found = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (IndexedReport version : versions) {
            seen.add(version.id());
            EffectiveReport e = EffectiveReport.of(version, byReport.getOrDefault(version.id(), List.of()), catalog);
            if (in(e, regionYear)) {
                found.add(e);
            }
        }
        for (Map.Entry<String, List<Correction>> moved : byReport.entrySet()) {
            boolean placeChanged = moved.getValue().stream().anyMatch(k -> k.kind() == Correction.Kind.FIELD
                    && (EffectiveReport.FIELD_REGION.equals(k.target()) || EffectiveReport.FIELD_YEAR.equals(k.target())));
            if (placeChanged && !seen.contains(moved.getKey())) {
                Optional<IndexedReport> report = index.find(moved.getKey());
                if (report.isPresent()) {
                    EffectiveReport e = EffectiveReport.of(report.get(), moved.getValue(), catalog);
                    if (in(e, regionYear)) {
                        found.add(e);
                    }
                }
            }
        }
        return found;
    }

    private static boolean in(EffectiveReport e, RegionYear regionYear) {
        IndexedReport r = e.indexed();
        return regionYear.code().equals(r.regionCode()) && r.year() != null && r.year() == regionYear.year();
    }

    @Override
    public Adjusted adjust(RegionYear regionYear, List<IndexedReport> versions) throws IndexException {
        List<IndexedReport> kept = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        List<Warning> notes = new ArrayList<>();
        for (EffectiveReport e : regionYear(regionYear, versions)) {
            IndexedReport r = e.indexed();
            if (r.current()) {
                e.active().forEach(k -> notes.add(EffectiveReport.warning(r, k)));
            }
            if (r.current() && e.excluded()) {
                Correction k = e.exclusion().orElseThrow();
                excluded.add(new Excluded(r.id(), r.agency(), "excluded by the office: " + k.reason()
                        + " (" + k.user() + ", " + k.at() + ")"));
            } else {
                kept.add(r);
            }
        }
        return new Adjusted(kept, excluded, notes);
    }

    /**
     * Records a correction made by {@code user} on {@code report}, after checking it against the effective
     * report. Returns it as recorded (with its id, time and old value).
     */
    public Correction make(IndexedReport report, Correction.Kind kind, String targetAsked, String value, String reason,
                           String user) throws CorrectionException, IOException, IndexException {
        String target = targetAsked;
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new CorrectionException("请填写更正理由");
        }
        if (why.length() > 1000) {
            throw new CorrectionException("更正理由不能超过1000字");
        }
        EffectiveReport current = effective(report);
        String old;
        String newValue = value == null ? null : value.strip();
        String undoes = null;
        switch (kind) {
            case CELL -> {
                old = cellValue(current, target);
                newValue = number(newValue);
            }
            case FIELD -> {
                old = fieldValue(current, target);
                newValue = field(target, newValue);
            }
            case CONFIRM_CHECK, DISMISS_CHECK -> {
                boolean failing = current.report().checks() != null && current.report().checks().stream()
                        .anyMatch(c -> c.failed() && Correction.checkKey(c.id(), c.target()).equals(targetAsked));
                if (!failing) {
                    throw new CorrectionException("该校验当前没有失败：" + target);
                }
                old = current.dismissed().contains(target) ? "dismissed" : current.confirmed().contains(target) ? "confirmed" : "failed";
                newValue = kind == Correction.Kind.DISMISS_CHECK ? "dismissed" : "confirmed";
            }
            case EXCLUDE -> {
                if (current.excluded()) {
                    throw new CorrectionException("该报告已不计入汇总");
                }
                old = "included";
                newValue = "excluded";
            }
            case UNDO -> {
                Correction undone = current.active().stream().filter(k -> k.id().equals(targetAsked)).findFirst()
                        .orElseThrow(() -> new CorrectionException("没有可撤销的此项更正"));
                undoes = undone.id();
                old = undone.newValue();
                newValue = undone.oldValue();
                target = undone.target();
            }
            default -> throw new CorrectionException("未知的更正类型");
        }
        Correction k = new Correction(UUID.randomUUID().toString(), report.id(), kind, target, old, newValue, why, user,
                clock.instant().toString(), undoes);
        if (report.archivePath() == null || !Files.isDirectory(Path.of(report.archivePath()))) {
            throw new IOException("the archive folder of report " + report.id() + " is missing: " + report.archivePath());
        }
        CorrectionLog.append(Path.of(report.archivePath()), k);
        table.add(List.of(k));
        return k;
    }

    private static String cellValue(EffectiveReport current, String path) throws CorrectionException {
        String template = current.report().report() == null ? null : current.report().report().template();
        List<String> paths = SummaryCsv.cellPaths("2021".equals(template) ? "2021" : "2019");
        if (path == null || !paths.contains(path)) {
            throw new CorrectionException("没有这个单元格：" + path);
        }
        String table = path.substring(0, path.indexOf('.'));
        var tables = current.report().tables();
        Object present = tables == null ? null : switch (table) {
            case "proactive" -> tables.proactive();
            case "requests" -> tables.requests();
            default -> tables.reviewLitigation();
        };
        if (present == null) {
            throw new CorrectionException("该报告没有这张表，无法更正单元格");
        }
        String printed = new CellValues(tables).printed(path);
        return printed.isEmpty() ? null : printed;
    }

    private static String number(String value) throws CorrectionException {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() < 0 || number.compareTo(new BigDecimal("1000000000000")) > 0) {
                throw new CorrectionException("数值必须是不小于0的数：" + value);
            }
            return number.toPlainString();
        } catch (NumberFormatException e) {
            throw new CorrectionException("不是数字：" + value);
        }
    }

    private static String fieldValue(EffectiveReport current, String field) throws CorrectionException {
        IndexedReport r = current.indexed();
        return switch (field == null ? "" : field) {
            case EffectiveReport.FIELD_AGENCY -> r.agency();
            case EffectiveReport.FIELD_REGION -> r.regionCode();
            case EffectiveReport.FIELD_YEAR -> r.year() == null ? null : r.year().toString();
            case EffectiveReport.FIELD_SCOPE -> r.scope();
            default -> throw new CorrectionException("不能更正这个字段：" + field);
        };
    }

    private String field(String field, String value) throws CorrectionException {
        String v = value == null ? "" : value;
        switch (field) {
            case EffectiveReport.FIELD_AGENCY -> {
                if (v.isEmpty() || v.length() > 200) {
                    throw new CorrectionException("机关名称须为1至200字");
                }
            }
            case EffectiveReport.FIELD_REGION -> {
                if (!v.matches("\\d{6}") || catalog.byCode(v).isEmpty()) {
                    throw new CorrectionException("不是有效的六位行政区划代码：" + v);
                }
            }
            case EffectiveReport.FIELD_YEAR -> {
                if (!v.matches("\\d{4}") || Integer.parseInt(v) < 2000 || Integer.parseInt(v) > 2100) {
                    throw new CorrectionException("年度须为2000至2100之间的四位数");
                }
            }
            case EffectiveReport.FIELD_SCOPE -> {
                if (!v.equals("agency") && !v.equals("aggregate")) {
                    throw new CorrectionException("范围只能是 agency（本机关）或 aggregate（汇总）");
                }
            }
            default -> throw new CorrectionException("不能更正这个字段：" + field);
        }
        return v;
    }
}
