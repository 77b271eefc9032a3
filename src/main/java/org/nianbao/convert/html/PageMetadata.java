package org.nianbao.convert.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.convert.MetaField;

/**
 * Label/value metadata from the page around the report body: {@code <title>}, {@code <meta>} tags, the
 * key/value grid government sites print above a document (索引号, 发布机构, 发布日期 …), "发布时间：…
 * 来源：…" lines, unlabelled dates and the headline just above the body.
 */
final class PageMetadata {

    private static final Pattern LABELLED = Pattern.compile(
            "([\\p{IsHan}]{2,6})\\s*[:：]\\s*(.+?)(?=\\s{2,}|\\s*[【\\[]|\\s+[\\p{IsHan}]{2,6}\\s*[:：]|$)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final int MAX_LABEL = 6;

    private PageMetadata() {
    }

    static List<MetaField> collect(Document page, Element body) {
        List<MetaField> fields = new ArrayList<>();
        String title = page.title().strip();
        if (!title.isEmpty()) {
            fields.add(new MetaField("documentTitle", title));
        }
        for (Element meta : page.select("meta[name][content]")) {
            fields.add(new MetaField("meta:" + meta.attr("name"), meta.attr("content").strip()));
        }
        headline(page, body).ifPresent(h -> fields.add(new MetaField("headline", h)));
        for (Element element : page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
            if (element == body || isInside(element, body)) {
                continue;
            }
            if (element.normalName().equals("tr")) {
                gridRow(element, fields);
            } else if (element.ownText().length() > 0 && !inTableCellRow(element)) {
                labelledText(CellText.tidy(element.text()), fields);
            }
        }
        return fields;
    }

    /** The headline: the last title-like element before the body (h1/h2, or a line naming a 报告). */
    private static java.util.Optional<String> headline(Document page, Element body) {
        String best = null;
        for (Element e : page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
            if (e == body) {
                break;
            }
            if (isInside(body, e) || e.ownText().isBlank()) {
                continue;
            }
            String text = CellText.tidy(e.text()).replace('\n', ' ');
            boolean heading = e.normalName().matches("h[1-3]");
            if ((heading || text.contains("报告") || text.contains("年报")) && text.length() >= 6 && text.length() <= 100
                    && !text.contains("：") && !text.contains("当前位置")) {
                best = text;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static void gridRow(Element tr, List<MetaField> fields) {
        List<Element> cells = tr.children().stream()
                .filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
        for (int i = 0; i + 1 < cells.size(); i++) {
            String label = cells.get(i).text().replaceAll("[\\s\\u00a0\\u3000:：]", "");
            if (isLabel(label) && cells.get(i + 1).select("table").isEmpty()) {
                fields.add(new MetaField(label, CellText.tidy(cells.get(i + 1).text())));
                i++;
            }
        }
    }

    private static void labelledText(String text, List<MetaField> fields) {
        if (text.length() > 200) {
            return;
        }
        Matcher m = LABELLED.matcher(text);
        boolean datedLabel = false;
        while (m.find()) {
            String label = m.group(1);
            if (isLabel(label)) {
                fields.add(new MetaField(label, m.group(2).strip()));
                datedLabel |= label.contains("日期") || label.contains("时间");
            }
        }
        // A date printed without its own label ("来源:… 2019-03-05 16:23", or a lone date under the title).
        Matcher d = DATE.matcher(text);
        if (!datedLabel && d.find() && text.length() <= 80) {
            fields.add(new MetaField("date", d.group()));
        }
    }

    private static boolean isLabel(String label) {
        return !label.isEmpty() && label.length() <= MAX_LABEL && label.codePoints().allMatch(Character::isIdeographic);
    }

    private static boolean inTableCellRow(Element e) {
        return e.closest("tr") != null && e.closest("tr").children().size() > 1 && e.normalName().matches("t[dh]");
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element p = element.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
