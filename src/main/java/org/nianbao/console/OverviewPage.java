package org.nianbao.console;

import static org.nianbao.console.Html.esc;
import static org.nianbao.console.Html.url;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;

/** The start page: one region-year's agencies, counts, the summary's files and two charts. */
final class OverviewPage {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** A summary file in the outbox and when it was last written (empty: not written yet). */
    record SummaryFile(String name, String label, Optional<Instant> writtenAt) {
    }

    private OverviewPage() {
    }

    static String render(Session session, Overview o, List<RegionYear> choices, String query, List<SummaryFile> files,
                         int failedDocuments, ZoneId zone) {
        RegionYear ry = o.regionYear();
        String regionName = o.summary().region().name() == null ? ry.code() : o.summary().region().name();
        StringBuilder b = new StringBuilder();
        b.append("<form method=\"get\" action=\"/\" id=\"switch\">地区 <select name=\"region\" id=\"region\">");
        choices.stream().map(RegionYear::code).distinct().forEach(code -> b.append("<option value=\"").append(esc(code))
                .append(code.equals(ry.code()) ? "\" selected>" : "\">").append(esc(code)).append("</option>"));
        b.append("</select> 年度 <select name=\"year\" id=\"year\">");
        choices.stream().map(RegionYear::year).distinct().sorted().forEach(y -> b.append("<option")
                .append(y == ry.year() ? " selected>" : ">").append(y).append("</option>"));
        b.append("</select> 按机关搜索 <input name=\"q\" id=\"q\" value=\"").append(esc(query))
                .append("\"> <button type=\"submit\" id=\"go\">查看</button></form>");

        b.append("<div class=\"counts\" id=\"counts\">");
        count(b, "count-roster", "名单内机关", o.rows().stream().filter(OverviewRow::onRoster).count());
        count(b, "count-received", "已收到", o.rows().stream().filter(r -> r.report() != null).count());
        count(b, "count-missing", "未收到", o.count(AgencyState.MISSING));
        count(b, "count-failing", "校验未通过", o.count(AgencyState.FAILING));
        count(b, "count-excluded", "不计入汇总", o.count(AgencyState.EXCLUDED));
        count(b, "count-failed", "转换失败文件", failedDocuments);
        b.append("</div>");

        b.append("<h2>汇总文件</h2><ul id=\"summary-files\">");
        for (SummaryFile f : files) {
            b.append("<li>");
            if (f.writtenAt().isPresent()) {
                b.append("<a href=\"/download?region=").append(url(ry.code())).append("&amp;year=").append(ry.year())
                        .append("&amp;file=").append(url(f.name())).append("\" id=\"download-").append(esc(f.name().replace('.', '-')))
                        .append("\">").append(esc(f.label())).append("</a> <span class=\"note\">生成于 ")
                        .append(esc(TIME.format(f.writtenAt().get().atZone(zone)))).append("</span>");
            } else {
                b.append(esc(f.label())).append(" <span class=\"note\">尚未生成</span>");
            }
            b.append("</li>");
        }
        b.append("</ul>");

        b.append("<h2>各机关情况</h2><table id=\"agencies\"><tr><th>机关</th><th>状态</th><th>版本</th><th>收到时间</th><th>渠道</th><th>问题</th></tr>");
        String q = query == null ? "" : query.strip();
        for (OverviewRow row : o.rows()) {
            if (!q.isEmpty() && !row.agency().contains(q)) {
                continue;
            }
            b.append("<tr class=\"agency-row\"><td>");
            if (row.report() != null) {
                b.append("<a href=\"/report?id=").append(url(row.report().indexed().id())).append("\">")
                        .append(esc(row.agency())).append("</a>");
            } else {
                b.append(esc(row.agency()));
            }
            if (!row.onRoster()) {
                b.append(" <span class=\"note\">（不在名单内）</span>");
            }
            b.append("</td><td class=\"").append(row.state().css()).append("\">").append(row.state().label()).append("</td>");
            if (row.report() != null) {
                IndexedReport r = row.report().indexed();
                b.append("<td class=\"num\">").append(row.versions()).append("</td><td>")
                        .append(r.receivedAt() == null ? "" : esc(TIME.format(r.receivedAt().atZone(zone))))
                        .append("</td><td>").append(esc(channel(r.channel()))).append("</td>");
            } else {
                b.append("<td></td><td></td><td></td>");
            }
            b.append("<td>").append(esc(String.join("；", row.problems()))).append("</td></tr>");
        }
        b.append("</table>");

        Map<String, BigDecimal> perAgency = new LinkedHashMap<>();
        o.rows().stream().filter(r -> r.report() != null).forEach(r -> perAgency.put(r.agency(),
                Overview.newRequests(r.report().report().tables() == null ? null : r.report().report().tables().requests())));
        Map<String, BigDecimal> perYear = new LinkedHashMap<>();
        o.totalsByYear().forEach((year, total) -> perYear.put(year + "年", total));
        b.append("<h2>图表</h2><div class=\"side\"><div>")
                .append(Charts.bars("chart-agencies", "本年新收申请数（按机关）", perAgency))
                .append("</div><div>").append(Charts.bars("chart-years", regionName + " 新收申请总数（按年度）", perYear))
                .append("</div></div>");
        return Layout.page(regionName + " " + ry.year() + "年度 年报概览", session, b.toString());
    }

    static String channel(String channel) {
        if (channel == null) {
            return "";
        }
        return switch (channel) {
            case "folder" -> "文件夹";
            case "mail" -> "邮件";
            case "http" -> "网页上传";
            case "cli" -> "命令行";
            default -> channel;
        };
    }

    private static void count(StringBuilder b, String id, String label, long n) {
        b.append("<div id=\"").append(id).append("\"><b>").append(n).append("</b>").append(label).append("</div>");
    }
}
