package org.nianbao.extract;

import java.util.List;

/**
 * The data rows of table 三 in template order, each with the JSON path of its {@code Cols} and the key
 * phrases that identify its printed label (compared on {@link LabelText#core}). Group labels such as
 * （三）不予公开 carry no numbers and are not rows here, except （六）其他处理, which is a row in the 2019
 * template and a group over three rows in 2021.
 */
enum RequestRow {
    NEW_RECEIVED("newReceived", "本年新收"),
    CARRIED_OVER("carriedOver", "上年结转"),
    GRANTED("results.granted", "予以公开"),
    PARTIALLY_GRANTED("results.partiallyGranted", "部分公开"),
    STATE_SECRET("results.denied.stateSecret", "国家秘密"),
    PROHIBITED_BY_LAW("results.denied.prohibitedByLaw", "禁止公开"),
    ENDANGERS_SECURITY("results.denied.endangersSecurity", "三安全一稳定", "危及"),
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
    CONFIRMATION("results.notProcessed.confirmation", "重新出具", "确认"),
    OTHER_HANDLING("results.otherHandling", "其他处理"),
    OVERDUE_CORRECTION("results.otherHandlingDetail.overdueCorrection", "逾期不补正", "不补正"),
    UNPAID_FEE("results.otherHandlingDetail.unpaidFee", "收费通知", "缴纳费用"),
    OTHER_DETAIL("results.otherHandlingDetail.other"),
    RESULTS_TOTAL("results.total"),
    CARRIED_FORWARD("carriedForward", "结转下年度");

    /** The rows whose sum is （七）总计 (R3), apart from （六）, which depends on the template. */
    static final List<RequestRow> RESULT_ROWS = List.of(GRANTED, PARTIALLY_GRANTED, STATE_SECRET, PROHIBITED_BY_LAW,
            ENDANGERS_SECURITY, THIRD_PARTY_RIGHTS, INTERNAL_AFFAIRS, PROCESS_INFORMATION, LAW_ENFORCEMENT_FILE,
            ADMINISTRATIVE_QUERY, NOT_HELD, NEEDS_CREATION, STILL_UNCLEAR, PETITION, REPEATED, PUBLICATION,
            EXCESSIVE, CONFIRMATION);

    static final List<RequestRow> DETAIL_ROWS = List.of(OVERDUE_CORRECTION, UNPAID_FEE, OTHER_DETAIL);

    private static final RequestRow[] ROWS = values();
    /** Bit c set when some key phrase starts with the character c (8 KB, one bit per UTF-16 unit). */
    private static final long[] KEY_STARTS = new long[1 << 10];
    /** The characters that start some key phrase, sorted, and for each the rows with such a phrase (bit r). */
    private static final char[] STARTS;
    private static final long[] ROWS_BY_START;

    static {
        java.util.TreeMap<Character, Long> rowsByStart = new java.util.TreeMap<>();
        for (RequestRow row : ROWS) {
            for (String key : row.keys) {
                char first = key.charAt(0);
                KEY_STARTS[first >>> 6] |= 1L << first;
                rowsByStart.merge(first, 1L << row.ordinal(), (a, b) -> a | b);
            }
        }
        STARTS = new char[rowsByStart.size()];
        ROWS_BY_START = new long[rowsByStart.size()];
        int i = 0;
        for (var entry : rowsByStart.entrySet()) {
            STARTS[i] = entry.getKey();
            ROWS_BY_START[i++] = entry.getValue();
        }
    }

    private final String path;
    private final List<String> keys;
    private final List<String> cellPaths;

    RequestRow(String path, String... keys) {
        this.path = path;
        this.keys = List.of(keys);
        this.cellPaths = org.nianbao.model.Cols.NAMES.stream().map(c -> path + "." + c).toList();
    }

    /** The JSON paths of the row's seven cells, e.g. {@code newReceived.naturalPerson}. */
    List<String> cellPaths() {
        return cellPaths;
    }

    String path() {
        return path;
    }

    private boolean named(String core) {
        for (String key : keys) {
            if (core.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The row a printed label names, if any. {@code inOtherHandling} says the label follows the
     * （六）其他处理 group label, where a bare "其他" is the third sub-row and not the applicant column.
     */
    static RequestRow match(Token token, boolean inOtherHandling) {
        if (!token.isLabelSized() || token.isValue()) {
            return null;
        }
        String norm = token.norm();
        String core = token.core();
        if (norm.startsWith("(七)") || norm.startsWith("七、") || core.equals("总计")) {
            return RESULTS_TOTAL;
        }
        if (inOtherHandling && core.equals("其他") && !norm.equals(core)) {
            return OTHER_DETAIL;
        }
        long candidates = candidateRows(core);
        for (RequestRow row : ROWS) {
            if ((candidates & (1L << row.ordinal())) != 0 && row.named(core) && !(row == GRANTED && core.contains("不予公开"))) {
                return row;
            }
        }
        return null;
    }

    /**
     * The rows that may be named in {@code core}: those with a key phrase whose first character occurs in
     * it (a phrase cannot be contained otherwise). Most tokens are figures or prose with none of them, and
     * skip the thirty-odd substring searches.
     */
    private static long candidateRows(String core) {
        long rows = 0;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if ((KEY_STARTS[c >>> 6] & (1L << c)) != 0) {
                rows |= ROWS_BY_START[java.util.Arrays.binarySearch(STARTS, c)];
            }
        }
        return rows;
    }
}
