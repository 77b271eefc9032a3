package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.Block;
import org.nianbao.convert.Paragraph;
import org.nianbao.model.Section;

class SectionSplitterTest {

    @Test
    void aHeadingRunInWithItsFirstSentenceStartsTheSection() {
        SectionSplitter.Result r = split("一、总体情况。2020年，我局认真贯彻《条例》。", "（一）主动公开。全年公开信息10条。",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况：本年无申请。");
        assertEquals(List.of("overview", "proactive", "requests"), r.sections().stream().map(Section::key).toList());
        assertEquals("总体情况", r.sections().get(0).heading());
        assertEquals("2020年，我局认真贯彻《条例》。\n（一）主动公开。全年公开信息10条。", r.sections().get(0).text());
        assertEquals("本年无申请。", r.sections().get(2).text());
    }

    @Test
    void tableOfContentsLinesAreNotHeadings() {
        SectionSplitter.Result r = split("目录", "一、总体情况……………………1", "二、主动公开政府信息情况………2",
                "一、总体情况", "正文。", "二、主动公开政府信息情况", "正文二。");
        assertEquals(2, r.sections().size());
        assertEquals("正文。", r.sections().get(0).text());
        assertEquals(List.of("目录", "一、总体情况……………………1", "二、主动公开政府信息情况………2"), r.preamble());
    }

    @Test
    void aNumberedSentenceThatNamesNoSectionIsText() {
        SectionSplitter.Result r = split("一、总体情况", "下一步工作：", "一、加强培训。提升能力。", "二、主动公开政府信息情况");
        assertEquals(2, r.sections().size());
        assertEquals("下一步工作：\n一、加强培训。提升能力。", r.sections().get(0).text());
    }

    @Test
    void theSignatureAtTheEndIsNotSectionText() {
        SectionSplitter.Result r = split("一、总体情况", "正文。", "二、其他需要报告的事项", "无。", "某某局", "2021年1月8日");
        assertEquals("无。", r.sections().get(1).text());
        assertEquals("某某局", r.signatureAgency());
        assertEquals("2021-01-08", r.signatureDate());
    }

    private static SectionSplitter.Result split(String... lines) {
        List<Block> blocks = Stream.of(lines).<Block>map(Paragraph::plain).toList();
        return SectionSplitter.split(blocks, Set.of());
    }
}
