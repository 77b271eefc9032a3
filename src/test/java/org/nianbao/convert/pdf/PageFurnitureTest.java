package org.nianbao.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headers and footers are dropped; text that only looks like them is kept. */
class PageFurnitureTest {

    private static final float HEIGHT = 842;

    @Test
    void pageNumbersInTheMarginsAreDropped() {
        List<PageText> pages = new ArrayList<>();
        String[] footers = {"-1-", "- 2 -", "— 3 —", "第 4 页", "第5页 共6页", "6/6"};
        for (int i = 0; i < footers.length; i++) {
            pages.add(page(i + 1, line("正文第一行", 300), line(footers[i], 800)));
        }
        PageFurniture furniture = PageFurniture.learn(pages);
        for (PageText page : pages) {
            assertEquals(List.of("正文第一行"), texts(furniture.strip(page)));
        }
    }

    @Test
    void runningHeaderIsDroppedButTheTitleAndBodyNumbersStay() {
        List<PageText> pages = List.of(
                page(1, line("临沂市生态环境局2023年政府信息公开工作年度报告", 50), line("2", 400), line("- 1 -", 800)),
                page(2, line("临沂市生态环境局 2023 年报", 40), line("正文", 300)),
                page(3, line("临沂市生态环境局 2023 年报", 40), line("正文", 300)),
                page(4, line("临沂市生态环境局 2023 年报", 40), line("正文", 300)));
        PageFurniture furniture = PageFurniture.learn(pages);

        assertEquals(List.of("临沂市生态环境局2023年政府信息公开工作年度报告", "2"), texts(furniture.strip(pages.get(0))));
        assertEquals(List.of("正文"), texts(furniture.strip(pages.get(2))));
    }

    private static List<String> texts(PageText page) {
        return page.lines().stream().map(TextLine::text).toList();
    }

    private static PageText page(int number, TextLine... lines) {
        return new PageText(number, HEIGHT, List.of(lines), List.of());
    }

    /** A line of 14-point glyphs, one per character, as a producer would place them. */
    static TextLine line(String text, float baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 60;
        for (char c : text.toCharArray()) {
            float width = CjkText.isWide(c) ? 14 : 7;
            glyphs.add(new Glyph(String.valueOf(c), x, baseline, width, 14, false));
            x += width;
        }
        return LineBuilder.lines(glyphs).get(0);
    }
}
