package org.nianbao.console;

import static org.nianbao.console.Html.esc;
import static org.nianbao.console.Html.url;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.correction.Correction;
import org.nianbao.correction.EffectiveReport;
import org.nianbao.index.IndexedReport;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.model.ReportMeta;
import org.nianbao.model.Tables;
import org.nianbao.model.Warning;
import org.nianbao.summary.CrossChecks;
import org.nianbao.summary.render.CellKind;
import org.nianbao.summary.render.CellValues;
import org.nianbao.summary.render.Grid;
import org.nianbao.summary.render.GridCell;
import org.nianbao.summary.render.OfficialTables;

/**
 * One report: metadata, tables 二/三/四 in the official layout with failing checks marked on their cells,
 * the checks and warnings in words, the corrections and their forms, and the original beside it.
 */
final class ReportPage {

    /** What is shown of the original: rendered PDF pages, text of a web page, or only the download. */
    record Original(String extension, int pages, String text) {
    }

    /** An older version of the same agency's report and the corrections made on it, which no longer apply. */
    record OlderVersion(IndexedReport report, List<Correction> corrections) {
    }

    private static final Map<String, String> WARNINGS = Map.ofEntries(
            Map.entry("CHECK_FAILED", "表格数字的勾稽关系不成立"),
            Map.entry("OCR_CHECK_FAILED", "识别（OCR）读出的表格勾稽关系不成立，请对照扫描件核对所列单元格"),
            Map.entry("TABLE_MISSING", "文档中没有找到这张表"),
            Map.entry("TABLE_ROW_MISSING", "表格缺少一行"),
            Map.entry("TABLE_ROW_INCOMPLETE", "表格某行数字不全"),
            Map.entry("NO_TEXT_LAYER", "PDF 没有文字层（扫描件）"),
            Map.entry("OCR_REQUIRED", "需要文字识别（OCR）才能读出表格"),
            Map.entry("PAGE_WITHOUT_TEXT", "有页面没有文字"),
            Map.entry("TEXT_LAYER_UNRELIABLE", "PDF 的文字层不可靠"),
            Map.entry("UNIT_CONVERTED", "金额单位已换算为万元"),
            Map.entry("UNIT_IN_CELL", "单元格中写有单位"));

    private static final Map<String, String> FIELD_LABELS = Map.of(
            EffectiveReport.FIELD_AGENCY, "机关", EffectiveReport.FIELD_REGION, "地区代码",
            EffectiveReport.FIELD_YEAR, "年度", EffectiveReport.FIELD_SCOPE, "范围");

    private ReportPage() {
    }

    /**
     * The page of {@code e}; {@code cross} are its checks across years and levels (X1, X2) computed for this
     * showing, listed and marked with its own checks and offered no confirm or dismiss form: a difference
     * between two reports is settled by correcting a cell.
     */
    static String render(Session session, EffectiveReport e, List<Check> cross, Original original,
                         List<OlderVersion> older, String message, ZoneId zone) {
        IndexedReport r = e.indexed();
        AnnualReport report = e.report();
        ReportMeta meta = report.report();
        StringBuilder b = new StringBuilder();
        if (message != null) {
            b.append("<p class=\"error\" id=\"message\">").append(esc(message)).append("</p>");
        }
        if (r.superseded()) {
            b.append("<p class=\"error\">此版本已被新版本取代：<a href=\"/report?id=").append(url(r.supersededBy()))
                    .append("\">查看新版本</a></p>");
        }
        if (e.excluded()) {
            Correction x = e.exclusion().orElseThrow();
            b.append("<p class=\"state-excluded\" id=\"excluded-note\">不计入汇总：").append(esc(x.reason()))
                    .append("（").append(esc(x.user())).append("）</p>");
        }
        b.append("<div class=\"side\"><div>");
        metadata(b, session, e, zone);
        checks(b, session, e, cross);
        warnings(b, report);
        tables(b, e, cross);
        if (session.editor()) {
            forms(b, session, e);
        }
        trail(b, session, e, zone);
        olderVersions(b, older, zone);
        b.append("</div><div class=\"original\" id=\"original\"><h2>原件</h2><p><a id=\"download-original\" href=\"/report/original?id=")
                .append(url(r.id())).append("\">下载原件</a></p>");
        if (original.pages() > 0) {
            for (int page = 1; page <= original.pages(); page++) {
                b.append("<img alt=\"第").append(page).append("页\" src=\"/report/page.png?id=").append(url(r.id()))
                        .append("&amp;page=").append(page).append("\">");
            }
        } else if (original.text() != null) {
            b.append("<pre id=\"original-text\">").append(esc(original.text())).append("</pre>");
        }
        b.append("</div></div>");
        String title = (meta.agency() == null ? "（未识别机关）" : meta.agency()) + " " + (meta.year() == null ? "" : meta.year() + "年度");
        return Layout.page(title, session, b.toString());
    }

    private static void metadata(StringBuilder b, Session session, EffectiveReport e, ZoneId zone) {
        IndexedReport r = e.indexed();
        ReportMeta m = e.report().report();
        Set<String> correctedFields = new HashSet<>();
        e.active().stream().filter(k -> k.kind() == Correction.Kind.FIELD).forEach(k -> correctedFields.add(k.target()));
        b.append("<h2>基本信息</h2><table id=\"metadata\">");
        row(b, "标题", m.title(), false);
        row(b, "机关", m.agency(), correctedFields.contains(EffectiveReport.FIELD_AGENCY));
        row(b, "地区", m.region() == null ? null : m.region().code() + " " + (m.region().name() == null ? "" : m.region().name()),
                correctedFields.contains(EffectiveReport.FIELD_REGION));
        row(b, "年度", m.year(), correctedFields.contains(EffectiveReport.FIELD_YEAR));
        row(b, "范围", "aggregate".equals(m.scope()) ? "汇总（aggregate）" : m.scope(), correctedFields.contains(EffectiveReport.FIELD_SCOPE));
        row(b, "模板", m.template(), false);
        row(b, "发布日期", m.publishedOn(), false);
        row(b, "索引号", m.indexNumber(), false);
        row(b, "状态", r.status(), false);
        row(b, "文件名", r.fileName(), false);
        row(b, "渠道", OverviewPage.channel(r.channel()), false);
        var mail = e.report().source() == null ? null : e.report().source().mail();
        if (mail != null) {
            row(b, "发件人", mail.from(), false);
            row(b, "邮件主题", mail.subject(), false);
        }
        row(b, "收到时间", r.receivedAt() == null ? null : OverviewPage.TIME.format(r.receivedAt().atZone(zone)), false);
        row(b, "SHA-256", r.id(), false);
        b.append("</table>");
    }

    private static void row(StringBuilder b, String label, Object value, boolean corrected) {
        b.append("<tr><th>").append(esc(label)).append("</th><td").append(corrected ? " class=\"corrected\"" : "")
                .append(">").append(esc(value)).append(corrected ? "（已更正）" : "").append("</td></tr>");
    }

    private static void checks(StringBuilder b, Session session, EffectiveReport e, List<Check> cross) {
        List<Check> failed = new ArrayList<>(e.report().checks() == null ? List.of()
                : e.report().checks().stream().filter(Check::failed).toList());
        List<Check> crossFailed = cross.stream().filter(Check::failed).toList();
        failed.addAll(crossFailed);
        String template = e.report().report().template();
        b.append("<h2>校验</h2>");
        crossNote(b, e, cross);
        if (failed.isEmpty()) {
            b.append("<p id=\"checks-ok\">所有校验均通过。</p>");
            return;
        }
        b.append("<ul id=\"checks\">");
        for (Check c : failed) {
            String key = Correction.checkKey(c.id(), c.target());
            boolean across = crossFailed.contains(c);
            String state = across ? "" : e.dismissed().contains(key) ? "（已驳回，不计为错误）"
                    : e.confirmed().contains(key) ? "（已确认为报送机关的错误）" : "";
            b.append("<li class=\"check").append(across ? " cross" : "").append("\" data-check=\"").append(esc(key))
                    .append("\"><b>").append(esc(c.id())).append("</b> ")
                    .append(esc(CheckWords.line(c, template))).append(" <span class=\"note\">")
                    .append(esc(arithmetic(c))).append("</span> ").append(state);
            if (session.editor() && state.isEmpty() && !across) {
                for (Correction.Kind kind : List.of(Correction.Kind.CONFIRM_CHECK, Correction.Kind.DISMISS_CHECK)) {
                    b.append("<form method=\"post\" action=\"/report/correct\" class=\"check-form\">").append(Layout.csrf(session))
                            .append(hidden("id", e.indexed().id())).append(hidden("kind", kind.key())).append(hidden("target", key))
                            .append("<input name=\"reason\" placeholder=\"理由\" class=\"reason\" required> <button type=\"submit\" class=\"")
                            .append(kind.key()).append("\">").append(kind.label()).append("</button></form>");
                }
            }
            b.append("</li>");
        }
        b.append("</ul>");
    }

    /** Which checks across years and levels were made for this showing, and why one was not. */
    private static void crossNote(StringBuilder b, EffectiveReport e, List<Check> cross) {
        boolean carryOver = cross.stream().anyMatch(c -> CrossChecks.CARRY_OVER.equals(c.id()));
        b.append("<p class=\"note\" id=\"cross-checks\">").append(carryOver
                ? "跨年度结转（X1）：已与本机关上年度报告核对。"
                : "跨年度结转（X1）：索引中没有可核对的本机关上年度报告（或其表三），未核对。");
        if ("aggregate".equals(e.report().report().scope())) {
            boolean hierarchy = cross.stream().anyMatch(c -> CrossChecks.HIERARCHY.equals(c.id()));
            b.append(hierarchy ? " 层级汇总（X2）：已与本地区本年度所属单位报告之和核对。"
                    : " 层级汇总（X2）：索引中没有本地区本年度所属单位的报告，未核对。");
        }
        b.append("</p>");
    }

    /** The check's computation with its numbers: "计算值 17，表中值 18（一+二 = 三（七）+ 四）". */
    static String arithmetic(Check c) {
        return "计算值 " + (c.expected() == null ? "空" : c.expected().toPlainString()) + "，表中值 "
                + (c.actual() == null ? "空" : c.actual().toPlainString()) + "（" + c.message() + "）";
    }

    private static void warnings(StringBuilder b, AnnualReport report) {
        if (report.warnings() == null || report.warnings().isEmpty()) {
            return;
        }
        b.append("<h2>提示</h2><ul id=\"warnings\">");
        for (Warning w : report.warnings()) {
            b.append("<li>").append(esc(WARNINGS.getOrDefault(w.code(), w.code()))).append(" <span class=\"note\">")
                    .append(esc(w.message())).append(w.location() == null ? "" : "（" + esc(w.location()) + "）")
                    .append("</span></li>");
        }
        b.append("</ul>");
    }

    private static void tables(StringBuilder b, EffectiveReport e, List<Check> cross) {
        Tables tables = e.report().tables();
        String template = "2021".equals(e.report().report().template()) ? "2021" : "2019";
        Map<String, String> failingCells = new LinkedHashMap<>();
        List<String> allCells = new ArrayList<>();
        OfficialTables.all(template).forEach(g -> g.values().forEach(c -> allCells.add(c.path())));
        List<Check> failing = new ArrayList<>(e.failingChecks());
        cross.stream().filter(Check::failed).forEach(failing::add);
        for (Check c : failing) {
            for (String cell : CheckWords.cells(c, allCells)) {
                failingCells.merge(cell, c.id() + " " + CheckWords.line(c, template), (x, y) -> x + "；" + y);
            }
        }
        Set<String> corrected = new HashSet<>();
        e.active().stream().filter(k -> k.kind() == Correction.Kind.CELL).forEach(k -> corrected.add(k.target()));
        Map<String, String> names = Map.of("proactive", "二、主动公开政府信息情况", "requests", "三、收到和处理政府信息公开申请情况",
                "reviewLitigation", "四、政府信息公开行政复议、行政诉讼情况");
        CellValues values = tables == null ? null : new CellValues(tables);
        for (Grid grid : OfficialTables.all(template)) {
            b.append("<h2>").append(esc(names.get(grid.name()))).append("</h2>");
            boolean present = tables != null && switch (grid.name()) {
                case "proactive" -> tables.proactive() != null;
                case "requests" -> tables.requests() != null;
                default -> tables.reviewLitigation() != null;
            };
            if (!present) {
                b.append("<p class=\"note\">该报告没有这张表。</p>");
                continue;
            }
            b.append("<table class=\"official\" id=\"table-").append(esc(grid.name())).append("\">");
            for (int row = 0; row < grid.rowCount(); row++) {
                b.append("<tr>");
                for (GridCell cell : grid.startingIn(row)) {
                    String tag = cell.kind() == CellKind.HEADER ? "th" : "td";
                    b.append('<').append(tag);
                    if (cell.rowSpan() > 1) {
                        b.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                    }
                    if (cell.colSpan() > 1) {
                        b.append(" colspan=\"").append(cell.colSpan()).append('"');
                    }
                    if (cell.kind() == CellKind.VALUE) {
                        String why = failingCells.get(cell.path());
                        String css = (why != null ? "fail " : "") + (corrected.contains(cell.path()) ? "corrected " : "") + "num";
                        b.append(" class=\"").append(css).append("\" data-path=\"").append(esc(cell.path())).append('"');
                        if (why != null) {
                            b.append(" title=\"").append(esc(why)).append('"');
                        }
                        b.append('>').append(esc(values.printed(cell.path())));
                    } else {
                        b.append('>').append(esc(cell.text()));
                    }
                    b.append("</").append(tag).append('>');
                }
                b.append("</tr>");
            }
            b.append("</table>");
        }
    }

    private static void forms(StringBuilder b, Session session, EffectiveReport e) {
        String id = e.indexed().id();
        String template = "2021".equals(e.report().report().template()) ? "2021" : "2019";
        b.append("<h2>更正</h2><fieldset><legend>更正单元格</legend><form method=\"post\" action=\"/report/correct\" id=\"correct-cell\">")
                .append(Layout.csrf(session)).append(hidden("id", id)).append(hidden("kind", Correction.Kind.CELL.key()))
                .append("<select name=\"target\" id=\"cell-target\">");
        OfficialTables.all(template).forEach(g -> g.values().forEach(c -> b.append("<option>").append(esc(c.path())).append("</option>")));
        b.append("</select> 新值 <input name=\"value\" id=\"cell-value\" size=\"8\"> 理由 <input name=\"reason\" id=\"cell-reason\" required>")
                .append(" <button type=\"submit\" id=\"cell-submit\">更正</button></form></fieldset>");
        b.append("<fieldset><legend>更正元数据</legend><form method=\"post\" action=\"/report/correct\" id=\"correct-field\">")
                .append(Layout.csrf(session)).append(hidden("id", id)).append(hidden("kind", Correction.Kind.FIELD.key()))
                .append("<select name=\"target\" id=\"field-target\">");
        EffectiveReport.FIELDS.forEach(f -> b.append("<option value=\"").append(f).append("\">").append(FIELD_LABELS.get(f)).append("</option>"));
        b.append("</select> 新值 <input name=\"value\" id=\"field-value\"> 理由 <input name=\"reason\" id=\"field-reason\" required>")
                .append(" <button type=\"submit\" id=\"field-submit\">更正</button></form></fieldset>");
        if (!e.excluded()) {
            b.append("<fieldset><legend>不计入汇总</legend><form method=\"post\" action=\"/report/correct\" id=\"exclude\">")
                    .append(Layout.csrf(session)).append(hidden("id", id)).append(hidden("kind", Correction.Kind.EXCLUDE.key()))
                    .append("理由 <input name=\"reason\" id=\"exclude-reason\" required> <button type=\"submit\" id=\"exclude-submit\">不计入汇总</button></form></fieldset>");
        }
    }

    private static void trail(StringBuilder b, Session session, EffectiveReport e, ZoneId zone) {
        if (e.trail().isEmpty()) {
            return;
        }
        Set<String> active = new HashSet<>();
        e.active().forEach(k -> active.add(k.id()));
        b.append("<h2>更正记录</h2><table id=\"trail\"><tr><th>时间</th><th>用户</th><th>操作</th><th>对象</th><th>原值</th><th>新值</th><th>理由</th><th>状态</th></tr>");
        for (Correction k : e.trail()) {
            b.append("<tr class=\"correction\"><td>").append(esc(time(k.at(), zone))).append("</td><td>").append(esc(k.user()))
                    .append("</td><td>").append(esc(k.kind().label())).append("</td><td>").append(esc(k.target()))
                    .append("</td><td>").append(esc(k.oldValue())).append("</td><td>").append(esc(k.newValue()))
                    .append("</td><td>").append(esc(k.reason())).append("</td><td>");
            if (k.kind() == Correction.Kind.UNDO) {
                b.append("—");
            } else if (active.contains(k.id())) {
                b.append("有效");
                if (session.editor()) {
                    b.append("<form method=\"post\" action=\"/report/correct\" class=\"undo-form\">").append(Layout.csrf(session))
                            .append(hidden("id", e.indexed().id())).append(hidden("kind", Correction.Kind.UNDO.key()))
                            .append(hidden("target", k.id())).append("<input name=\"reason\" placeholder=\"撤销理由\" required>")
                            .append("<button type=\"submit\" class=\"undo\">撤销</button></form>");
                }
            } else {
                b.append("已撤销");
            }
            b.append("</td></tr>");
        }
        b.append("</table>");
    }

    private static void olderVersions(StringBuilder b, List<OlderVersion> older, ZoneId zone) {
        if (older.isEmpty()) {
            return;
        }
        b.append("<h2>旧版本</h2><ul id=\"older\">");
        for (OlderVersion v : older) {
            b.append("<li><a href=\"/report?id=").append(url(v.report().id())).append("\">").append(esc(v.report().fileName()))
                    .append("</a>");
            if (!v.corrections().isEmpty()) {
                b.append(" 在旧版本上所作、对本版本不再适用的更正：<ul>");
                for (Correction k : v.corrections()) {
                    b.append("<li class=\"stale\">").append(esc(k.kind().label())).append(" ").append(esc(k.target()))
                            .append(" ").append(esc(k.oldValue())).append(" → ").append(esc(k.newValue())).append("（")
                            .append(esc(k.reason())).append("，").append(esc(k.user())).append("，").append(esc(time(k.at(), zone)))
                            .append("）</li>");
                }
                b.append("</ul>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
    }

    private static String time(String instant, ZoneId zone) {
        try {
            return OverviewPage.TIME.format(Instant.parse(instant).atZone(zone));
        } catch (java.time.format.DateTimeParseException ex) {
            return instant;
        }
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
    }
}
