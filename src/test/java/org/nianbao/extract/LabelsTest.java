package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small parsers behind section headings, dates, titles and row labels. */
class LabelsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "总体情况|overview", "概述|overview", "政务公开工作总体情况|overview",
            "主动公开政府信息情况|proactive", "主动公开政府信息的情况|proactive",
            "收到和处理政府信息公开申请情况|requests", "政府信息依申请公开办理情况|requests",
            "政府信息公开行政复议、行政诉讼情况|reviewLitigation",
            "因政府信息公开工作被申请行政复议、提起行政诉讼情况|reviewLitigation",
            "存在的主要问题及改进情况|problems", "存在的主要问题和改进情况|problems", "存在问题及改进情况|problems",
            "政府信息公开工作存在的主要问题及改进情况|problems", "推进公开工作存在的主要问题与不足|problems",
            "其他需要报告的事项|other", "其他需报告的事项|other", "需要说明的其他事项与附表|other",
            "建议提案办理结果公开情况|NULL", "报告主要内容|NULL", "开展2019年工作初步计划安排|NULL"})
    void mapsHeadingsToKeys(String heading, String key) {
        assertEquals(key, SectionKeys.keyOf(heading));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"2021-01-23 14:25|2021-01-23", "2021-1-23|2021-01-23", "2021/01/08|2021-01-08",
            "2021年1月8日|2021-01-08", "２０２１年１月８日|2021-01-08", "来源:某局 2019-03-05 16:23:00|2019-03-05"})
    void readsDates(String printed, String iso) {
        assertEquals(Optional.of(iso), DateText.isoDate(printed));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "2020年临沂市人民政府办公室政府信息公开工作年度报告|临沂市人民政府办公室",
            "公主岭市扶贫开发服务中心2020年度政府信息公开年度报告|公主岭市扶贫开发服务中心",
            "德令哈市政务服务监督管理局2020年政府信息公开工作年度报告|德令哈市政务服务监督管理局",
            "罗庄区2020年政府信息公开工作年度报告|NULL",
            "音频解读:《2019年罗庄区政府信息公开工作年度报告》|NULL"})
    void readsTheAgencyFromAStandardTitle(String title, String agency) {
        assertEquals(Optional.ofNullable(agency), ReportTitle.agency(title));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"（三）不予公开|不予公开", "1.属于国家秘密|属于国家秘密", "(七)总计|总计",
            "三、本年度办理结果|本年度办理结果", "商业 企业|商业企业"})
    void stripsOrdinalsFromLabels(String printed, String core) {
        assertEquals(core, LabelText.core(printed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"十一|11", "十|10", "二十|20", "二十三|23", "七|7"})
    void readsChineseOrdinals(String numeral, int value) {
        assertEquals(value, SectionSplitter.ordinal(numeral));
    }
}
