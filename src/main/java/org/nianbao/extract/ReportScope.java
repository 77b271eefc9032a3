package org.nianbao.extract;

import java.util.regex.Pattern;
import org.nianbao.region.FunctionalZones;

/**
 * Whether a report already sums subordinate units ({@code aggregate}): a 县/区/市 government's own
 * report, or wording such as "根据区政府各部门、各街道的年度报告汇总编制". A summary must never add such a
 * report on top of its own units. A functional zone's own report (平潭综合实验区, …开发区管委会) is its
 * government's, so aggregate too. "在汇总本年度工作情况的基础上" alone is not that wording: the sentence
 * must name subordinate units and their reports or data.
 */
final class ReportScope {

    private static final Pattern GOVERNMENT = Pattern.compile(".*(?:省|市|区|县|旗|州|盟)(?:人民)?政府$");
    private static final Pattern UNITS = Pattern.compile("各部门|部门及直属机构|个部门|各街道|街道办事处|乡镇|镇政府|各单位|所属单位|下属单位");
    private static final java.util.List<String> SUMMING_WORDS = java.util.List.of("汇总", "根据");
    private static final Pattern REPORTS = Pattern.compile("年度报告|年报|汇总数据");


    private ReportScope() {
    }

    static String of(String agency, String text) {
        if (agency != null && (GOVERNMENT.matcher(agency).matches() || FunctionalZones.isZoneName(agency))) {
            return "aggregate";
        }
        String others = agency == null || agency.isEmpty() ? text : text.replace(agency, "");
        for (String word : SUMMING_WORDS) {
            for (int at = others.indexOf(word); at >= 0; at = others.indexOf(word, at + word.length())) {
                String sentence = sentenceAround(others, at);
                if (UNITS.matcher(sentence).find() && REPORTS.matcher(sentence).find()) {
                    return "aggregate";
                }
            }
        }
        return "agency";
    }

    private static String sentenceAround(String text, int at) {
        int start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
        int end = at;
        while (end < text.length() && text.charAt(end) != '。' && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(start, end);
    }
}
