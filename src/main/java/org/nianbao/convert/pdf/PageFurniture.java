package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page headers and footers, which are not part of the report's text: page numbers in the top or bottom
 * margin ({@code -1-}, {@code - 3 -}, {@code — 4 —}, {@code 第 2 页}, {@code 2/5}) and running lines that
 * repeat in the margin of most pages (with their page number masked).
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－―~～\\s]*\\d{1,4}[-—–－―~～\\s]*"
                    + "|第\\s*\\d+\\s*页(\\s*[,，/／]?\\s*共\\s*\\d+\\s*页)?"
                    + "|共\\s*\\d+\\s*页\\s*第\\s*\\d+\\s*页"
                    + "|\\d+\\s*[/／]\\s*\\d+"
                    + "|(?i:page)\\s*\\d+(\\s*(?i:of)\\s*\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Share of the page height at the top and at the bottom where headers and footers live. */
    private static final float TOP_MARGIN = 0.09f;
    private static final float BOTTOM_MARGIN = 0.1f;
    /** A running line must repeat on at least this many pages. */
    private static final int MIN_REPEATS = 3;

    private final Set<String> runningLines;

    private PageFurniture(Set<String> runningLines) {
        this.runningLines = runningLines;
    }

    /** Learns the running header and footer lines of a document from all its pages. */
    static PageFurniture learn(List<PageText> pages) {
        Map<String, Set<Integer>> seenOn = new HashMap<>();
        for (PageText page : pages) {
            for (TextLine line : page.lines()) {
                if (inMargin(line, page.height())) {
                    seenOn.computeIfAbsent(masked(line), k -> new HashSet<>()).add(page.number());
                }
            }
        }
        int needed = Math.max(MIN_REPEATS, (pages.size() + 1) / 2);
        Set<String> running = new HashSet<>();
        seenOn.forEach((text, onPages) -> {
            if (onPages.size() >= needed) {
                running.add(text);
            }
        });
        return new PageFurniture(running);
    }

    /** The page without its header and footer lines. */
    PageText strip(PageText page) {
        List<TextLine> body = new ArrayList<>(page.lines().size());
        for (TextLine line : page.lines()) {
            boolean furniture = inMargin(line, page.height())
                    && (PAGE_NUMBER.matcher(line.text()).matches() || runningLines.contains(masked(line)));
            if (!furniture) {
                body.add(line);
            }
        }
        return page.withLines(body);
    }

    private static boolean inMargin(TextLine line, float pageHeight) {
        return line.baseline() < pageHeight * TOP_MARGIN || line.top() > pageHeight * (1 - BOTTOM_MARGIN);
    }

    private static String masked(TextLine line) {
        return DIGITS.matcher(line.text().replaceAll("\\s+", "")).replaceAll("#");
    }
}
