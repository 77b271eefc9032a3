package org.nianbao.mail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Check;
import org.nianbao.model.Cols;

/**
 * A failed consistency check said the way the tables print it, so an agency can find the cell to correct:
 * {@code 表三第一列（自然人）：一+二（17）≠ 三（七）+四（18）}. Numbers are the ones found in the document.
 */
public final class CheckWording {

    private static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    private static final List<String> ORDINALS = List.of("一", "二", "三", "四", "五", "六", "七");
    private static final Map<String, String> TABLES = Map.of(
            "tables.proactive", "表二", "tables.requests", "表三", "tables.reviewLitigation", "表四");
    private static final Map<String, String> BLOCKS = Map.of(
            "review", "行政复议", "litigationDirect", "行政诉讼（未经复议直接起诉）", "litigationAfterReview", "行政诉讼（复议后起诉）");
    private static final Pattern QUOTED = Pattern.compile("^(\\D+?)(\\d+)件");

    private CheckWording() {
    }

    public static String of(Check check) {
        String target = check.target() == null ? "" : check.target();
        String expected = number(check.expected());
        String actual = number(check.actual());
        return switch (check.id()) {
            case "R1" -> column(target) + "：一+二（" + expected + "）≠ 三（七）+四（" + actual + "）";
            case "R2" -> "表三“" + RowNames.of(target.substring(target.indexOf('.') + 1)) + "”行：总计（" + actual
                    + "）≠ 各类申请人之和（" + expected + "）";
            case "R3" -> column(target) + "：（七）总计（" + actual + "）≠ 各项办理结果之和（" + expected + "）";
            case "R4" -> "表四 " + BLOCKS.getOrDefault(target.substring(target.indexOf('.') + 1), target)
                    + "：总计（" + actual + "）≠ 维持+纠正+其他+尚未审结（" + expected + "）";
            case "R5" -> TABLES.getOrDefault(target, target) + "：有不是非负整数的数（"
                    + check.message().substring(check.message().indexOf(':') + 1).strip() + "）";
            case "R6" -> quoted(check.message(), expected);
            default -> check.id() + " " + target + "：" + check.message();
        };
    }

    /** {@code requests.naturalPerson} → 表三第一列（自然人）. */
    private static String column(String target) {
        int index = Cols.NAMES.indexOf(target.substring(target.indexOf('.') + 1));
        return index < 0 ? "表三 " + target : "表三第" + ORDINALS.get(index) + "列（" + COLUMNS.get(index) + "）";
    }

    /** R6 compares a figure quoted in 一、总体情况 ("收到申请17件") with the table's. */
    private static String quoted(String message, String table) {
        Matcher m = QUOTED.matcher(message == null ? "" : message);
        String phrase = m.find() ? m.group(1) + m.group(2) + "件" : message;
        return "正文“总体情况”写“" + phrase + "”，与表格中的数（" + table + "）不一致";
    }

    private static String number(BigDecimal value) {
        return value == null ? "空" : value.toPlainString();
    }
}
