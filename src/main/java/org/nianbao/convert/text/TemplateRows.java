package org.nianbao.convert.text;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.convert.text.RunSplitter.Column;

/**
 * The data rows of the template's tables as a flattened text prints their labels: table 三's rows with
 * the key phrases of their labels, table 二's rows with their columns in each template. A label line
 * may carry a group label before the row's own ("（三）不予公开1.属于国家秘密"), so the key found last in
 * the line names the row.
 */
final class TemplateRows {

    /** The rows of table 三 in template order, with the JSON path of their cells. */
    enum Request {
        NEW_RECEIVED("newReceived", "本年新收"),
        CARRIED_OVER("carriedOver", "上年结转"),
        GRANTED("results.granted", "予以公开"),
        PARTIALLY_GRANTED("results.partiallyGranted", "部分公开"),
        STATE_SECRET("results.denied.stateSecret", "国家秘密"),
        PROHIBITED_BY_LAW("results.denied.prohibitedByLaw", "禁止公开"),
        ENDANGERS_SECURITY("results.denied.endangersSecurity", "三安全一稳定"),
        THIRD_PARTY_RIGHTS("results.denied.thirdPartyRights", "第三方"),
        INTERNAL_AFFAIRS("results.denied.internalAffairs", "内部事务"),
        PROCESS_INFORMATION("results.denied.processInformation", "过程性"),
        LAW_ENFORCEMENT_FILE("results.denied.lawEnforcementFile", "执法案卷"),
        ADMINISTRATIVE_QUERY("results.denied.administrativeQuery", "查询事项"),
        NOT_HELD("results.unableToProvide.notHeld", "不掌握"),
        NEEDS_CREATION("results.unableToProvide.needsCreation", "另行制作"),
        STILL_UNCLEAR("results.unableToProvide.stillUnclear", "仍不明确"),
        PETITION("results.notProcessed.petition", "信访"),
        REPEATED("results.notProcessed.repeated", "重复申请"),
        PUBLICATION("results.notProcessed.publication", "出版物"),
        EXCESSIVE("results.notProcessed.excessive", "大量反复"),
        CONFIRMATION("results.notProcessed.confirmation", "重新出具"),
        OTHER_HANDLING("results.otherHandling", "其他处理"),
        OVERDUE_CORRECTION("results.otherHandlingDetail.overdueCorrection", "不补正"),
        UNPAID_FEE("results.otherHandlingDetail.unpaidFee", "收费通知", "缴纳费用"),
        OTHER_DETAIL("results.otherHandlingDetail.other"),
        RESULTS_TOTAL("results.total", "总计"),
        CARRIED_FORWARD("carriedForward", "结转下年度");

        /** The rows whose sum is （七）总计, apart from （六）, which depends on the template. */
        static final List<Request> RESULTS = List.of(GRANTED, PARTIALLY_GRANTED, STATE_SECRET, PROHIBITED_BY_LAW,
                ENDANGERS_SECURITY, THIRD_PARTY_RIGHTS, INTERNAL_AFFAIRS, PROCESS_INFORMATION, LAW_ENFORCEMENT_FILE,
                ADMINISTRATIVE_QUERY, NOT_HELD, NEEDS_CREATION, STILL_UNCLEAR, PETITION, REPEATED, PUBLICATION,
                EXCESSIVE, CONFIRMATION);
        static final List<Request> OTHER_DETAILS = List.of(OVERDUE_CORRECTION, UNPAID_FEE, OTHER_DETAIL);

        final String path;
        private final List<String> keys;

        Request(String path, String... keys) {
            this.path = path;
            this.keys = List.of(keys);
        }

        /**
         * The row a label names: the key that ends last in it. A bare "其他" right after the 2021
         * （六）其他处理 sub-rows is the third of them.
         */
        static Request match(String label, Request previous) {
            String n = normalize(label);
            if (n.isEmpty()) {
                return null;
            }
            if ((previous == UNPAID_FEE || previous == OVERDUE_CORRECTION) && n.endsWith("其他") && !n.contains("其他处理")) {
                return OTHER_DETAIL;
            }
            Request best = null;
            int bestEnd = -1;
            for (Request row : values()) {
                for (String key : row.keys) {
                    int at = n.lastIndexOf(key);
                    if (at >= 0 && at + key.length() > bestEnd && !(row == GRANTED && n.contains("不予公开") && !n.contains("予以公开"))) {
                        best = row;
                        bestEnd = at + key.length();
                    }
                }
            }
            return best;
        }
    }

    /** The rows of table 二, with their columns in the 2019 and the 2021 template (none: not a row there). */
    enum Proactive {
        REGULATIONS(List.of(Column.COUNT, Column.COUNT, Column.COUNT), List.of(Column.COUNT, Column.COUNT, Column.COUNT)),
        NORMATIVE_DOCUMENTS(List.of(Column.COUNT, Column.COUNT, Column.COUNT), List.of(Column.COUNT, Column.COUNT, Column.COUNT)),
        LICENSING(List.of(Column.COUNT, Column.SIGNED, Column.COUNT), List.of(Column.COUNT)),
        OTHER_SERVICES(List.of(Column.COUNT, Column.SIGNED, Column.COUNT), List.of()),
        PUNISHMENT(List.of(Column.COUNT, Column.SIGNED, Column.COUNT), List.of(Column.COUNT)),
        COERCION(List.of(Column.COUNT, Column.SIGNED, Column.COUNT), List.of(Column.COUNT)),
        FEES(List.of(Column.COUNT, Column.SIGNED), List.of(Column.AMOUNT)),
        PROCUREMENT(List.of(Column.COUNT, Column.AMOUNT), List.of());

        private final List<Column> columns2019;
        private final List<Column> columns2021;

        Proactive(List<Column> columns2019, List<Column> columns2021) {
            this.columns2019 = columns2019;
            this.columns2021 = columns2021;
        }

        List<Column> columns(boolean template2021) {
            return template2021 ? columns2021 : columns2019;
        }

        static Proactive match(String label) {
            String n = normalize(label);
            if (n.startsWith("规章")) {
                return REGULATIONS;
            }
            if (n.endsWith("规范性文件") && n.length() <= 12) {
                return NORMATIVE_DOCUMENTS;
            }
            if (n.endsWith("其他对外管理服务事项")) {
                return OTHER_SERVICES;
            }
            for (var e : List.of(java.util.Map.entry("行政许可", LICENSING), java.util.Map.entry("行政处罚", PUNISHMENT),
                    java.util.Map.entry("行政强制", COERCION), java.util.Map.entry("行政事业性收费", FEES),
                    java.util.Map.entry("政府集中采购", PROCUREMENT))) {
                if (n.endsWith(e.getKey())) {
                    return e.getValue();
                }
            }
            return null;
        }
    }

    /** Column headers that only the 2021 table 二 prints, and those only the 2019 one prints. */
    private static final List<String> MARKERS_2021 = List.of("本年制发", "本年废止", "现行有效", "本年处理决定", "本年收费金额");
    private static final List<String> MARKERS_2019 = List.of("本年新制作", "本年新公开", "对外公开总数", "上一年项目数", "本年增",
            "采购项目数", "采购总金额");

    /** +1 for a 2021 header, -1 for a 2019 one, 0 otherwise. */
    static int templateVote(String line) {
        String n = normalize(line);
        if (MARKERS_2021.stream().anyMatch(n::contains)) {
            return 1;
        }
        return MARKERS_2019.stream().anyMatch(n::contains) ? -1 : 0;
    }

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");

    /** NFKC without whitespace, Chinese quotes folded: the form labels are compared in. */
    static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACE.matcher(n).replaceAll("").replace('“', '"').replace('”', '"');
    }

    private TemplateRows() {
    }
}
