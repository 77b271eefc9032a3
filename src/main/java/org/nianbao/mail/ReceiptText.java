package org.nianbao.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.model.ReportMeta;
import org.nianbao.model.Tables;

/**
 * The text of a receipt, in plain Chinese for the clerk who sent the message: per report the agency and
 * year recognised and every failed check with the numbers found, per unusable file what to do, and for a
 * message without a report, why.
 */
final class ReceiptText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final List<String> NUMBERS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

    private ReceiptText() {
    }

    static String of(MailOutcome outcome, ZoneId zone) {
        StringBuilder text = new StringBuilder("您好：\n\n本邮件是政府信息公开工作年度报告接收系统自动发送的回执，请勿直接回复。\n\n");
        MessageEnvelope envelope = outcome.envelope();
        text.append("来信主题：").append(envelope.subject() == null ? "（无主题）" : envelope.subject()).append('\n');
        if (envelope.sentAt() != null) {
            text.append("发送时间：").append(TIME.format(envelope.sentAt().atZone(zone))).append('\n');
        }
        text.append('\n');
        if (outcome.refusal() != null) {
            return text.append("邮件过大，超过系统上限，未能接收。请将附件分成几封邮件发送，或压缩图片后重新发送。\n").toString();
        }
        if (outcome.carriesNoReport()) {
            return text.append(noReportExplanation(outcome)).append("\n如需报送年度报告，请将报告作为附件（PDF、Word 或网页文件）发送。\n").toString();
        }
        List<PartOutcome.Archived> reports = outcome.parts().stream()
                .filter(PartOutcome.Archived.class::isInstance).map(PartOutcome.Archived.class::cast).toList();
        if (!reports.isEmpty()) {
            text.append("共收到 ").append(reports.size()).append(" 份年度报告：\n\n");
            for (int i = 0; i < reports.size(); i++) {
                report(text, i, reports.get(i));
            }
        }
        unusable(text, outcome);
        return text.toString();
    }

    /** Why a message carried no report, in one line: also the explanation in the record of ignored messages. */
    static String noReportExplanation(MailOutcome outcome) {
        if (outcome.parts().isEmpty()) {
            return outcome.unpacked().unreadable().isEmpty()
                    ? "邮件中没有 PDF、Word 或网页格式的附件，正文也没有内容。"
                    : "邮件中的附件或正文无法读取（" + String.join("；", outcome.unpacked().unreadable()) + "）。";
        }
        StringBuilder line = new StringBuilder("邮件中没有找到政府信息公开工作年度报告：");
        for (PartOutcome part : outcome.parts()) {
            if (part instanceof PartOutcome.NotAReport n) {
                line.append(n.part().label()).append(n.part().body() ? "不是年度报告" : FailureWording.of(n.code())).append("；");
            }
        }
        line.setCharAt(line.length() - 1, '。');
        return line.toString();
    }

    private static void report(StringBuilder text, int index, PartOutcome.Archived archived) {
        AnnualReport report = archived.report();
        ReportMeta meta = report.report();
        text.append(index < NUMBERS.size() ? NUMBERS.get(index) : String.valueOf(index + 1)).append("、")
                .append(archived.part().label()).append('\n');
        text.append("    识别结果：").append(meta.agency() == null ? "未能识别单位名称" : meta.agency())
                .append("，").append(meta.year() == null ? "未能识别年度" : meta.year() + " 年度");
        if (meta.region() != null) {
            text.append("，").append(meta.region().name()).append("（").append(meta.region().code()).append("）");
        }
        text.append('\n');
        missingTables(text, report.tables());
        List<Check> failedChecks = report.checks() == null ? List.of() : report.checks().stream().filter(Check::failed).toList();
        if (failedChecks.isEmpty()) {
            text.append("    表格核对：全部通过。\n");
        } else {
            text.append("    表格核对发现 ").append(failedChecks.size()).append(" 处不一致，请核对更正后重新报送：\n");
            for (Check check : failedChecks) {
                text.append("      - ").append(CheckWording.of(check)).append('\n');
            }
        }
        if (archived.earlier()) {
            text.append("    （同一文件此前已收到，未重复登记。）\n");
        }
        text.append('\n');
    }

    private static void missingTables(StringBuilder text, Tables tables) {
        if (tables == null) {
            text.append("    未找到统计表格（表二、表三、表四）。\n");
            return;
        }
        StringBuilder missing = new StringBuilder();
        if (tables.proactive() == null) {
            missing.append("表二、");
        }
        if (tables.requests() == null) {
            missing.append("表三、");
        }
        if (tables.reviewLitigation() == null) {
            missing.append("表四、");
        }
        if (!missing.isEmpty()) {
            text.append("    未找到").append(missing, 0, missing.length() - 1).append("，请确认报告包含全部统计表格。\n");
        }
    }

    private static void unusable(StringBuilder text, MailOutcome outcome) {
        List<PartOutcome.Kept> kept = outcome.parts().stream()
                .filter(PartOutcome.Kept.class::isInstance).map(PartOutcome.Kept.class::cast).toList();
        if (!kept.isEmpty()) {
            text.append("以下文件未能处理：\n");
            kept.forEach(k -> text.append("    ").append(k.part().label()).append("：").append(FailureWording.of(k.code()))
                    .append("（").append(k.code().reason()).append("）。\n"));
            text.append('\n');
        }
        List<String> others = outcome.parts().stream().filter(PartOutcome.NotAReport.class::isInstance)
                .map(p -> p.part().label()).toList();
        if (!others.isEmpty()) {
            text.append("以下附件不是年度报告，未作处理：").append(String.join("、", others)).append("\n");
        }
    }
}
