package org.nianbao.summary;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import org.nianbao.model.Json;

/**
 * The mail that brings a written summary to the office: a short note of what is in it, and the four
 * outbox files attached. Built here as a complete message; the route only hands it to SMTP.
 */
public final class SummaryMail {

    private static final Map<String, String> TYPES = Map.of(
            SummaryOutbox.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            SummaryOutbox.PDF, "application/pdf",
            SummaryOutbox.CSV, "text/csv; charset=UTF-8",
            SummaryOutbox.JSON, "application/json; charset=UTF-8");

    private final String to;
    private final String from;

    /** {@code to}: one or more addresses separated by commas; empty sends nothing. */
    public SummaryMail(String to, String from) {
        this.to = to == null ? "" : to.strip();
        this.from = from == null ? "" : from.strip();
    }

    public boolean enabled() {
        return !to.isEmpty();
    }

    /** The message for the summary in {@code folder} (an outbox folder as written by {@link SummaryOutbox}). */
    public MimeMessage message(Path folder) throws MessagingException, IOException {
        JsonNode summary = Json.mapper().readTree(folder.resolve(SummaryOutbox.JSON).toFile());
        String region = summary.at("/region/name").asText(summary.at("/region/code").asText());
        int year = summary.path("year").asInt();
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        if (!from.isEmpty()) {
            message.setFrom(new InternetAddress(from, true));
        }
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(region + year + "年政府信息公开工作年度报告汇总", "UTF-8");
        message.setSentDate(Date.from(Instant.now()));
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(note(summary, region, year), "UTF-8");
        parts.addBodyPart(text);
        for (String name : SummaryOutbox.FILES) {
            MimeBodyPart file = new MimeBodyPart();
            file.attachFile(folder.resolve(name).toFile(), TYPES.get(name), null);
            file.setFileName(name);
            parts.addBodyPart(file);
        }
        message.setContent(parts);
        message.saveChanges();
        return message;
    }

    private static String note(JsonNode summary, String region, int year) {
        return region + year + "年度政府信息公开工作年度报告汇总已更新（" + summary.path("template").asText()
                + "年版表格）。\n"
                + "纳入汇总：" + summary.path("included").size() + "份；"
                + "未纳入或部分纳入：" + summary.path("excluded").size() + "份；"
                + "名单内未报送：" + summary.path("missing").size() + "个单位；"
                + "校验未通过：" + summary.path("failedChecks").size() + "项。\n"
                + "附件：汇总表（Word、PDF）、各单位明细（CSV）及完整数据（JSON）。\n";
    }
}
