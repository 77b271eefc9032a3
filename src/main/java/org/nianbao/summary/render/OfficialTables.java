package org.nianbao.summary.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nianbao.model.Cols;
import org.nianbao.model.ReviewBlock;

/**
 * The skeletons of tables 二, 三 and 四 exactly as 国办公开办函〔2019〕60号 and 〔2021〕30号 print them: the
 * labels character for character, the caption rows, and the merged header cells. Value cells carry the
 * path of their figure in the canonical JSON and no text yet.
 */
public final class OfficialTables {

    /** 2019 or 2021: the two table formats, which are never mixed. */
    public static final String TEMPLATE_2019 = "2019";
    public static final String TEMPLATE_2021 = "2021";

    static final String REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /** One block of table 二: its caption, column headers with their spans, and its rows. */
    private record Block(String caption, List<String> headers, List<Integer> spans, List<Row> rows) {
    }

    /** A labelled row; {@code path} is below {@code tables.}, without the column name. */
    private record Row(String label, String path, List<String> fields) {
    }

    /** A row of table 三; {@code group} is the row-spanning label it sits under, or empty. */
    private record RequestRow(String label, String path, String group) {
    }

    private static final List<String> DOCUMENTS_2019 = List.of("newlyMade", "newlyPublished", "totalPublished");
    private static final List<String> ITEMS_2019 = List.of("previousCount", "change", "decisions");
    private static final List<String> ITEM_HEADERS_2019 = List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
    private static final List<Integer> THREE = List.of(1, 1, 1);

    private static final List<Block> PROACTIVE_2019 = List.of(
            new Block("第二十条第（一）项", List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"), THREE, List.of(
                    new Row("规章", "proactive.regulations", DOCUMENTS_2019),
                    new Row("规范性文件", "proactive.normativeDocuments", DOCUMENTS_2019))),
            new Block("第二十条第（五）项", ITEM_HEADERS_2019, THREE, List.of(
                    new Row("行政许可", "proactive.licensing", ITEMS_2019),
                    new Row("其他对外管理服务事项", "proactive.otherServices", ITEMS_2019))),
            new Block("第二十条第（六）项", ITEM_HEADERS_2019, THREE, List.of(
                    new Row("行政处罚", "proactive.punishment", ITEMS_2019),
                    new Row("行政强制", "proactive.coercion", ITEMS_2019))),
            new Block("第二十条第（八）项", List.of("信息内容", "上一年项目数量", "本年增/减"), List.of(1, 2), List.of(
                    new Row("行政事业性收费", "proactive.fees", List.of("previousCount", "change")))),
            new Block("第二十条第（九）项", List.of("信息内容", "采购项目数量", "采购总金额"), List.of(1, 2), List.of(
                    new Row("政府集中采购", "proactive.procurement", List.of("projects", "amount")))));

    private static final List<String> DOCUMENTS_2021 = List.of("issued", "repealed", "inForce");
    private static final List<String> DECISIONS_2021 = List.of("信息内容", "本年处理决定数量");

    private static final List<Block> PROACTIVE_2021 = List.of(
            new Block("第二十条第（一）项", List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), THREE, List.of(
                    new Row("规章", "proactive.regulations", DOCUMENTS_2021),
                    new Row("行政规范性文件", "proactive.normativeDocuments", DOCUMENTS_2021))),
            new Block("第二十条第（五）项", DECISIONS_2021, List.of(3), List.of(
                    new Row("行政许可", "proactive.licensing", List.of("decisions")))),
            new Block("第二十条第（六）项", DECISIONS_2021, List.of(3), List.of(
                    new Row("行政处罚", "proactive.punishment", List.of("decisions")),
                    new Row("行政强制", "proactive.coercion", List.of("decisions")))),
            new Block("第二十条第（八）项", List.of("信息内容", "本年收费金额（单位：万元）"), List.of(3), List.of(
                    new Row("行政事业性收费", "proactive.fees", List.of("amountWanYuan")))));

    private static final String DENIED = "（三）不予公开";
    private static final String UNABLE = "（四）无法提供";
    private static final String NOT_PROCESSED = "（五）不予处理";
    private static final String OTHER = "（六）其他处理";
    private static final String RESULTS = "requests.results.";

    private static final List<RequestRow> RESULT_ROWS_HEAD = List.of(
            new RequestRow("（一）予以公开", RESULTS + "granted", ""),
            new RequestRow("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", RESULTS + "partiallyGranted", ""),
            new RequestRow("1.属于国家秘密", RESULTS + "denied.stateSecret", DENIED),
            new RequestRow("2.其他法律行政法规禁止公开", RESULTS + "denied.prohibitedByLaw", DENIED),
            new RequestRow("3.危及“三安全一稳定”", RESULTS + "denied.endangersSecurity", DENIED),
            new RequestRow("4.保护第三方合法权益", RESULTS + "denied.thirdPartyRights", DENIED),
            new RequestRow("5.属于三类内部事务信息", RESULTS + "denied.internalAffairs", DENIED),
            new RequestRow("6.属于四类过程性信息", RESULTS + "denied.processInformation", DENIED),
            new RequestRow("7.属于行政执法案卷", RESULTS + "denied.lawEnforcementFile", DENIED),
            new RequestRow("8.属于行政查询事项", RESULTS + "denied.administrativeQuery", DENIED),
            new RequestRow("1.本机关不掌握相关政府信息", RESULTS + "unableToProvide.notHeld", UNABLE),
            new RequestRow("2.没有现成信息需要另行制作", RESULTS + "unableToProvide.needsCreation", UNABLE),
            new RequestRow("3.补正后申请内容仍不明确", RESULTS + "unableToProvide.stillUnclear", UNABLE),
            new RequestRow("1.信访举报投诉类申请", RESULTS + "notProcessed.petition", NOT_PROCESSED),
            new RequestRow("2.重复申请", RESULTS + "notProcessed.repeated", NOT_PROCESSED),
            new RequestRow("3.要求提供公开出版物", RESULTS + "notProcessed.publication", NOT_PROCESSED),
            new RequestRow("4.无正当理由大量反复申请", RESULTS + "notProcessed.excessive", NOT_PROCESSED),
            new RequestRow("5.要求行政机关确认或重新出具已获取信息", RESULTS + "notProcessed.confirmation", NOT_PROCESSED));

    private static final List<RequestRow> OTHER_2019 = List.of(new RequestRow(OTHER, RESULTS + "otherHandling", ""));

    private static final List<RequestRow> OTHER_2021 = List.of(
            new RequestRow("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    RESULTS + "otherHandlingDetail.overdueCorrection", OTHER),
            new RequestRow("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    RESULTS + "otherHandlingDetail.unpaidFee", OTHER),
            new RequestRow("3.其他", RESULTS + "otherHandlingDetail.other", OTHER));

    private static final RequestRow RESULTS_TOTAL = new RequestRow("（七）总计", RESULTS + "total", "");

    private static final List<String> REVIEW_HEADERS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private OfficialTables() {
    }

    /** Tables 二, 三 and 四 of a template, in the order the report prints them. */
    public static List<Grid> all(String template) {
        return List.of(proactive(template), requests(template), review());
    }

    /** Table 二: 22 value cells in the 2019 template, 10 in 2021. */
    public static Grid proactive(String template) {
        Grid.Builder b = new Grid.Builder("proactive", List.of(3, 2, 2, 2));
        for (Block block : is2021(template) ? PROACTIVE_2021 : PROACTIVE_2019) {
            b.row().header(block.caption(), 1, 4);
            b.row().header(block.headers().get(0));
            for (int i = 0; i < block.spans().size(); i++) {
                b.header(block.headers().get(i + 1), 1, block.spans().get(i));
            }
            for (Row row : block.rows()) {
                b.row().label(row.label(), 1, 1);
                for (int i = 0; i < row.fields().size(); i++) {
                    b.value(row.path() + "." + row.fields().get(i), block.spans().get(i));
                }
            }
        }
        return b.build();
    }

    /** Table 三: seven columns per row, 23 rows (161 cells) in 2019 and 25 rows (175 cells) in 2021. */
    public static Grid requests(String template) {
        Grid.Builder b = new Grid.Builder("requests", List.of(45, 50, 150, 34, 34, 34, 34, 34, 34, 34));
        b.row().header(REQUESTS_NOTE, 3, 3).header("申请人情况", 1, 7);
        b.row().header("自然人", 2, 1).header("法人或其他组织", 1, 5).header("总计", 2, 1);
        b.row().header("商业企业").header("科研机构").header("社会公益组织").header("法律服务机构").header("其他");
        requestRow(b.row().label("一、本年新收政府信息公开申请数量", 1, 3), "requests.newReceived");
        requestRow(b.row().label("二、上年结转政府信息公开申请数量", 1, 3), "requests.carriedOver");
        List<RequestRow> results = new ArrayList<>(RESULT_ROWS_HEAD);
        results.addAll(is2021(template) ? OTHER_2021 : OTHER_2019);
        results.add(RESULTS_TOTAL);
        String group = "";
        for (int i = 0; i < results.size(); i++) {
            RequestRow row = results.get(i);
            b.row();
            if (i == 0) {
                b.label("三、本年度办理结果", results.size(), 1);
            }
            if (row.group().isEmpty()) {
                b.label(row.label(), 1, 2);
            } else {
                if (!row.group().equals(group)) {
                    b.label(row.group(), (int) results.stream().filter(r -> r.group().equals(row.group())).count(), 1);
                }
                b.label(row.label(), 1, 1);
            }
            group = row.group();
            requestRow(b, row.path());
        }
        requestRow(b.row().label("四、结转下年度继续办理", 1, 3), "requests.carriedForward");
        return b.build();
    }

    private static void requestRow(Grid.Builder b, String path) {
        Cols.NAMES.forEach(column -> b.value(path + "." + column, 1));
    }

    /** Table 四: the same 15 cells in both templates. */
    public static Grid review() {
        Grid.Builder b = new Grid.Builder("reviewLitigation", Collections.nCopies(15, 1));
        b.row().header("行政复议", 1, 5).header("行政诉讼", 1, 10);
        b.row();
        REVIEW_HEADERS.forEach(h -> b.header(h, 2, 1));
        b.header("未经复议直接起诉", 1, 5).header("复议后起诉", 1, 5);
        b.row();
        for (int block = 0; block < 2; block++) {
            REVIEW_HEADERS.forEach(b::header);
        }
        b.row();
        for (String block : List.of("review", "litigationDirect", "litigationAfterReview")) {
            ReviewBlock.NAMES.forEach(field -> b.value("reviewLitigation." + block + "." + field, 1));
        }
        return b.build();
    }

    static boolean is2021(String template) {
        if (TEMPLATE_2021.equals(template)) {
            return true;
        }
        if (TEMPLATE_2019.equals(template)) {
            return false;
        }
        throw new IllegalArgumentException("a summary is printed in the 2019 or 2021 table format, not '" + template + "'");
    }
}
