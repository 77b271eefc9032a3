package org.nianbao.mail;

import java.util.Map;

/** The printed labels of table 三's rows, by the JSON path of their {@code Cols} (short forms of the template's). */
final class RowNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("newReceived", "一、本年新收政府信息公开申请数量"),
            Map.entry("carriedOver", "二、上年结转政府信息公开申请数量"),
            Map.entry("results.granted", "（一）予以公开"),
            Map.entry("results.partiallyGranted", "（二）部分公开"),
            Map.entry("results.denied.stateSecret", "（三）1.属于国家秘密"),
            Map.entry("results.denied.prohibitedByLaw", "（三）2.其他法律行政法规禁止公开"),
            Map.entry("results.denied.endangersSecurity", "（三）3.危及“三安全一稳定”"),
            Map.entry("results.denied.thirdPartyRights", "（三）4.保护第三方合法权益"),
            Map.entry("results.denied.internalAffairs", "（三）5.属于三类内部事务信息"),
            Map.entry("results.denied.processInformation", "（三）6.属于四类过程性信息"),
            Map.entry("results.denied.lawEnforcementFile", "（三）7.属于行政执法案卷"),
            Map.entry("results.denied.administrativeQuery", "（三）8.属于行政查询事项"),
            Map.entry("results.unableToProvide.notHeld", "（四）1.本机关不掌握相关政府信息"),
            Map.entry("results.unableToProvide.needsCreation", "（四）2.没有现成信息需要另行制作"),
            Map.entry("results.unableToProvide.stillUnclear", "（四）3.补正后申请内容仍不明确"),
            Map.entry("results.notProcessed.petition", "（五）1.信访举报投诉类申请"),
            Map.entry("results.notProcessed.repeated", "（五）2.重复申请"),
            Map.entry("results.notProcessed.publication", "（五）3.要求提供公开出版物"),
            Map.entry("results.notProcessed.excessive", "（五）4.无正当理由大量反复申请"),
            Map.entry("results.notProcessed.confirmation", "（五）5.要求行政机关确认或重新出具已获取信息"),
            Map.entry("results.otherHandling", "（六）其他处理"),
            Map.entry("results.otherHandlingDetail.overdueCorrection", "（六）1.申请人逾期不补正"),
            Map.entry("results.otherHandlingDetail.unpaidFee", "（六）2.申请人逾期未缴纳费用"),
            Map.entry("results.otherHandlingDetail.other", "（六）3.其他"),
            Map.entry("results.total", "（七）总计"),
            Map.entry("carriedForward", "四、结转下年度继续办理"));

    private RowNames() {
    }

    static String of(String path) {
        return NAMES.getOrDefault(path, path);
    }
}
