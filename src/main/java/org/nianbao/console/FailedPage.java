package org.nianbao.console;

import static org.nianbao.console.Html.esc;

import java.util.List;
import org.nianbao.archive.FailureReason;

/** The documents that could not be converted, with their reasons. */
final class FailedPage {

    private FailedPage() {
    }

    static String render(Session session, List<FailureReason> reasons) {
        StringBuilder b = new StringBuilder();
        if (reasons.isEmpty()) {
            b.append("<p id=\"no-failed\">没有转换失败的文件。</p>");
        } else {
            b.append("<table id=\"failed\"><tr><th>时间</th><th>文件名</th><th>原因</th><th>说明</th><th>SHA-256</th></tr>");
            for (FailureReason r : reasons) {
                b.append("<tr class=\"failed-row\"><td>").append(esc(r.time())).append("</td><td>").append(esc(r.fileName()))
                        .append("</td><td>").append(esc(FailedDocuments.wording(r.code()).orElse(r.code())))
                        .append("</td><td class=\"note\">").append(esc(r.message())).append("</td><td class=\"note\">")
                        .append(esc(r.sha256())).append("</td></tr>");
            }
            b.append("</table>");
        }
        return Layout.page("转换失败的文件", session, b.toString());
    }
}
