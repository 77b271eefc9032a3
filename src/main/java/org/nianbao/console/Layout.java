package org.nianbao.console;

import static org.nianbao.console.Html.esc;

/** The frame of every page: title, navigation, the user and the logout form, and the style sheet. */
final class Layout {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#f6f7f9}
            header{background:#8b1a1a;color:#fff;padding:8px 16px;display:flex;gap:18px;align-items:center}
            header a{color:#fff;text-decoration:none} header .who{margin-left:auto}
            header form{display:inline} header button{background:none;border:1px solid #fff;color:#fff;cursor:pointer}
            main{padding:16px}
            table{border-collapse:collapse;background:#fff} td,th{border:1px solid #999;padding:3px 6px;font-size:13px}
            th{background:#eee} .num{text-align:right}
            .counts{display:flex;gap:12px;margin:8px 0} .counts div{background:#fff;border:1px solid #ccc;padding:8px 14px}
            .counts b{display:block;font-size:22px}
            .state-received{color:#1a6b1a} .state-missing{color:#888} .state-failing{color:#b35c00} .state-excluded{color:#8b1a1a}
            td.fail{background:#ffd7d7;outline:2px solid #d00} td.corrected{background:#fff3b0}
            .error{color:#b00;font-weight:bold} .note{color:#555;font-size:13px}
            .side{display:flex;gap:16px;align-items:flex-start} .side>div{flex:1;min-width:0}
            .original img{max-width:100%;border:1px solid #ccc;margin-bottom:8px} .original pre{white-space:pre-wrap;background:#fff;border:1px solid #ccc;padding:8px}
            #drop{border:3px dashed #999;padding:40px;text-align:center;background:#fff}
            #drop.over{border-color:#8b1a1a}
            fieldset{background:#fff;margin:8px 0}
            """;

    private Layout() {
    }

    static String page(String title, Session session, String body) {
        StringBuilder out = new StringBuilder(body.length() + 2048);
        out.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append(" - 年报汇总</title><style>").append(STYLE).append("</style></head><body>");
        if (session != null) {
            out.append("<header><b>政府信息公开年报</b><a href=\"/\">概览</a><a href=\"/upload\">上传</a>")
                    .append("<a href=\"/failed\">转换失败</a><span class=\"who\">").append(esc(session.user()))
                    .append("（").append(session.role().label()).append("）</span>")
                    .append("<form method=\"post\" action=\"/logout\">").append(csrf(session))
                    .append("<button type=\"submit\" id=\"logout\">退出</button></form></header>");
        }
        out.append("<main><h1>").append(esc(title)).append("</h1>").append(body).append("</main></body></html>");
        return out.toString();
    }

    static String csrf(Session session) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(session.csrfToken()) + "\">";
    }
}
