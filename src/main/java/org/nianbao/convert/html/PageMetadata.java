package org.nianbao.convert.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
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
        // <meta> tags in document order: the head's (its children, no query over the whole page), then any
        // the page left in its body, found by the chrome walk below (never inside the report body).
        Element head = page.head();
        if (head != null) {
            for (Element child : head.children()) {
                addMeta(child, fields);
            }
        }
        if (page.body() != null) {
            List<MetaField> chromeFields = new ArrayList<>();
            Chrome chrome = new Chrome(body, chromeFields, fields);
            NodeTraversor.filter(chrome, page.body());
            fields.addAll(chromeFields);
            if (chrome.headline != null) {
                fields.add(new MetaField("headline", chrome.headline));
            }
        }
        return fields;
    }

    private static void addMeta(Element element, List<MetaField> into) {
        if (element.normalName().equals("meta") && element.hasAttr("name") && element.hasAttr("content")) {
            into.add(new MetaField("meta:" + element.attr("name"), element.attr("content").strip()));
        }
    }

    /**
     * One walk over the page outside the report body: metadata grid rows, "label：value" lines, and the
     * headline (the last title-like element before the body: h1–h3, or a line naming a 报告).
     */
    private static final class Chrome implements NodeFilter {
        private final Element body;
        private final java.util.Set<Element> bodyAncestors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final List<MetaField> fields;
        private final List<MetaField> metas;
        private boolean bodySeen;
        private String headline;

        Chrome(Element body, List<MetaField> fields, List<MetaField> metas) {
            this.body = body;
            this.fields = fields;
            this.metas = metas;
            for (Element p = body.parent(); p != null; p = p.parent()) {
                bodyAncestors.add(p);
            }
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node == body) {
                bodySeen = true;
                return FilterResult.SKIP_ENTIRELY;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (bodyAncestors.contains(element)) {
                // It encloses the body: its text would repeat the whole report. Chrome elements are small.
                return FilterResult.CONTINUE;
            }
            if (element.normalName().equals("meta")) {
                addMeta(element, metas);
            } else if (element.normalName().equals("tr")) {
                gridRow(element, fields);
            } else if (hasOwnText(element)) {
                String text = element.text();
                if (!inTableCellRow(element)) {
                    labelledText(text, fields);
                }
                if (!bodySeen && isHeadline(element, text.replace('\n', ' '))) {
                    headline = text.replace('\n', ' ');
                }
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isHeadline(Element e, String text) {
            String tag = e.normalName();
            boolean heading = tag.equals("h1") || tag.equals("h2") || tag.equals("h3");
            return (heading || text.contains("报告") || text.contains("年报")) && text.length() >= 6 && text.length() <= 100
                    && !text.contains("：") && !text.contains("当前位置");
        }
    }

    private static void gridRow(Element tr, List<MetaField> fields) {
        List<Element> cells = ChildElements.named(tr, "td", "th");
        for (int i = 0; i + 1 < cells.size(); i++) {
            String label = labelOf(cells.get(i).text());
            if (isLabel(label) && cells.get(i + 1).getElementsByTag("table").isEmpty()) {
                fields.add(new MetaField(label, CellText.tidy(cells.get(i + 1).text())));
                i++;
            }
        }
    }

    private static void labelledText(String text, List<MetaField> fields) {
        if (text.length() > 200) {
            return;
        }
        boolean datedLabel = false;
        Matcher m = LABELLED.matcher(text);
        while ((text.indexOf('：') >= 0 || text.indexOf(':') >= 0) && m.find()) {
            String label = m.group(1);
            if (isLabel(label)) {
                fields.add(new MetaField(label, m.group(2).strip()));
                datedLabel |= label.contains("日期") || label.contains("时间");
            }
        }
        // A date printed without its own label ("来源:… 2019-03-05 16:23", or a lone date under the title).
        Matcher d = DATE.matcher(text);
        if (!datedLabel && text.length() <= 80 && containsDigit(text) && d.find()) {
            fields.add(new MetaField("date", d.group()));
        }
    }

    private static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabel(String label) {
        return !label.isEmpty() && label.length() <= MAX_LABEL && label.codePoints().allMatch(Character::isIdeographic);
    }

    private static boolean inTableCellRow(Element e) {
        String tag = e.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
            return false;
        }
        Element row = e.parent();
        while (row != null && !row.normalName().equals("tr")) {
            row = row.parent();
        }
        return row != null && ChildElements.of(row).size() > 1;
    }

    /**
     * Whether {@code element.ownText()} is not blank, read from its text children without building the
     * string. A no-break space is whitespace to jsoup but not to {@link String#isBlank}, and jsoup keeps it
     * inside {@code <pre>}: a child holding one is decided by {@code ownText()} itself.
     */
    private static boolean hasOwnText(Element element) {
        for (int k = 0, size = element.childNodeSize(); k < size; k++) {
            if (element.childNode(k) instanceof TextNode text) {
                String s = text.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\u00a0') {
                        return !element.ownText().isBlank();
                    }
                    if (!Character.isWhitespace(c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The label with whitespace, no-break and ideographic spaces and colons removed. */
    private static String labelOf(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLabelNoise(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What {@code [\s\u00a0\u3000:：]} matches. */
    private static boolean isLabelNoise(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r'
                || c == '\u00a0' || c == '\u3000' || c == ':' || c == '：';
    }

}
