package org.nianbao.extract;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places a table 三 row whose printed label names no row (garbled, 2.其他法律行政止公开; or cut, 政府信息) by
 * the template: its rows come in a fixed order, so an unnamed row between two named ones is one of the
 * template rows missing between them. Among those, the one whose template label is most like the printed
 * one is taken, and only when the likeness is clear; with as many unnamed rows as missing rows between the
 * same neighbours, each takes its place in order when its label is at least somewhat like it.
 */
final class RowPlacement {

    /** The template labels of table 三's data rows, without their ordinals (spec/template.md). */
    private static final Map<RequestRow, String> LABELS = new EnumMap<>(RequestRow.class);

    static {
        LABELS.put(RequestRow.NEW_RECEIVED, "本年新收政府信息公开申请数量");
        LABELS.put(RequestRow.CARRIED_OVER, "上年结转政府信息公开申请数量");
        LABELS.put(RequestRow.GRANTED, "予以公开");
        LABELS.put(RequestRow.PARTIALLY_GRANTED, "部分公开(区分处理的,只计这一情形,不计其他情形)");
        LABELS.put(RequestRow.STATE_SECRET, "属于国家秘密");
        LABELS.put(RequestRow.PROHIBITED_BY_LAW, "其他法律行政法规禁止公开");
        LABELS.put(RequestRow.ENDANGERS_SECURITY, "危及“三安全一稳定”");
        LABELS.put(RequestRow.THIRD_PARTY_RIGHTS, "保护第三方合法权益");
        LABELS.put(RequestRow.INTERNAL_AFFAIRS, "属于三类内部事务信息");
        LABELS.put(RequestRow.PROCESS_INFORMATION, "属于四类过程性信息");
        LABELS.put(RequestRow.LAW_ENFORCEMENT_FILE, "属于行政执法案卷");
        LABELS.put(RequestRow.ADMINISTRATIVE_QUERY, "属于行政查询事项");
        LABELS.put(RequestRow.NOT_HELD, "本机关不掌握相关政府信息");
        LABELS.put(RequestRow.NEEDS_CREATION, "没有现成信息需要另行制作");
        LABELS.put(RequestRow.STILL_UNCLEAR, "补正后申请内容仍不明确");
        LABELS.put(RequestRow.PETITION, "信访举报投诉类申请");
        LABELS.put(RequestRow.REPEATED, "重复申请");
        LABELS.put(RequestRow.PUBLICATION, "要求提供公开出版物");
        LABELS.put(RequestRow.EXCESSIVE, "无正当理由大量反复申请");
        LABELS.put(RequestRow.CONFIRMATION, "要求行政机关确认或重新出具已获取信息");
        LABELS.put(RequestRow.OTHER_HANDLING, "其他处理");
        LABELS.put(RequestRow.OVERDUE_CORRECTION, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        LABELS.put(RequestRow.UNPAID_FEE, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        LABELS.put(RequestRow.OTHER_DETAIL, "其他");
        LABELS.put(RequestRow.RESULTS_TOTAL, "总计");
        LABELS.put(RequestRow.CARRIED_FORWARD, "结转下年度继续办理");
    }

    /** Likeness a label needs to take a place by similarity alone, among several missing rows. */
    static final double CLEAR = 0.4;
    /** ... and by how much it must beat the second best. */
    static final double MARGIN = 0.15;
    /** Likeness a label needs to take the one place left for it between its neighbours. */
    static final double SOME = 0.2;

    private RowPlacement() {
    }

    /** The template label of a row, without its ordinal. */
    static String label(RequestRow row) {
        return LABELS.get(row);
    }

    /**
     * The row among {@code missing} (template rows not read, between the unnamed row's neighbours) that the
     * printed label {@code core} stands for, or null when the choice is not clear.
     *
     * @param alone true when this is the only unnamed row between those neighbours
     */
    static RequestRow choose(String core, List<RequestRow> missing, boolean alone) {
        if (missing.isEmpty()) {
            return null;
        }
        if (missing.size() == 1 && alone) {
            return similarity(core, LABELS.get(missing.get(0))) >= SOME ? missing.get(0) : null;
        }
        RequestRow best = null;
        double top = -1;
        double second = -1;
        for (RequestRow row : missing) {
            double s = similarity(core, LABELS.get(row));
            if (s > top) {
                second = top;
                top = s;
                best = row;
            } else if (s > second) {
                second = s;
            }
        }
        return top >= CLEAR && top - second >= MARGIN ? best : null;
    }

    /**
     * Dice coefficient of the two labels' character bigrams (after folding punctuation away), with single
     * characters when either label is too short for bigrams: 1 for the same label, 0 for nothing in common.
     */
    static double similarity(String a, String b) {
        String ha = han(LabelText.core(a));
        String hb = han(LabelText.core(b));
        int size = ha.length() < 3 || hb.length() < 3 ? 1 : 2;
        Set<String> x = grams(ha, size);
        Set<String> y = grams(hb, size);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : x) {
            if (y.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static String han(String text) {
        StringBuilder han = new StringBuilder();
        text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).forEach(han::appendCodePoint);
        return han.toString();
    }

    /** The label's character n-grams (CJK labels hold no characters outside the BMP). */
    private static Set<String> grams(String text, int size) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + size <= text.length(); i++) {
            grams.add(text.substring(i, i + size));
        }
        return grams;
    }
}
