package org.nianbao.extract;

/**
 * Maps a printed section heading to its key. Real reports vary the wording (概述; 存在的主要问题和改进情况;
 * 因政府信息公开工作被申请行政复议、提起行政诉讼情况; 政府信息依申请公开办理情况 …), so each key is recognized
 * by the phrases that carry its meaning, checked in an order where the more specific wins
 * (复议 before 申请, since "被申请行政复议" names review, not requests).
 */
final class SectionKeys {

    private SectionKeys() {
    }

    static String keyOf(String heading) {
        String h = LabelText.normalize(heading);
        if (h.contains("复议") || h.contains("行政诉讼")) {
            return "reviewLitigation";
        }
        if (h.contains("问题") || h.contains("不足")) {
            return "problems";
        }
        if (h.contains("其他需要报告") || h.contains("其他需报告") || h.contains("其他事项") || h.startsWith("其他")) {
            return "other";
        }
        if (h.contains("收到和处理") || h.contains("依申请") || h.contains("申请公开") || h.contains("处理政府信息公开申请")) {
            return "requests";
        }
        if (h.contains("主动公开")) {
            return "proactive";
        }
        if (h.contains("总体情况") || h.contains("概述") || h.contains("概况") || h.equals("总体")) {
            return "overview";
        }
        return null;
    }
}
