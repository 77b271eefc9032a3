package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.AppConfiguration;
import org.nianbao.Deadline;
import org.nianbao.RunningService;
import org.nianbao.model.Cols;
import org.nianbao.model.Json;

/**
 * A message whose reports fail table checks: its sender gets a receipt through the real SMTP server naming,
 * per report, the agency and year recognised and each failed check in plain Chinese with the numbers the
 * document prints (expected here from the ground-truth tables, not from the service's output).
 */
class MailReceiptTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/pdf");
    private static final List<String> REPORTS = List.of("syn-004-371300-2020.pdf", "syn-033-371300-2023.pdf");
    private static final List<String> ORDINALS = List.of("一", "二", "三", "四", "五", "六", "七");
    private static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    private static final String SENDER = "xxgk@scj.linyi.gov.cn";

    @TempDir
    Path base;

    @Test
    void theSenderIsToldEveryFailedCheckOfEveryReport() throws Exception {
        Intake intake = new Intake(MAIL);
        MimeMessage message = messageWith(REPORTS);
        List<String> expectedLines = new ArrayList<>();
        for (String report : REPORTS) {
            expectedLines.addAll(expectedLines(Json.mapper().readTree(FIXTURES.resolve("groundtruth").resolve(report + ".json").toFile())));
        }
        assertEquals(3, expectedLines.size(), "the two fixtures carry one R4 and two R1 failures");
        try (RunningService service = RunningService.start(base, new AppConfiguration(), intake.settings())) {
            intake.deliver(message);
            Deadline.await("the receipt reaches the sender", () -> intake.receiptsFor(SENDER).size() == 1);
            MimeMessage receipt = intake.receiptsFor(SENDER).get(0);
            String text = MailRouteTest.text(receipt);
            for (String line : expectedLines) {
                assertTrue(text.contains(line), "receipt lacks «" + line + "»:\n" + text);
            }
            assertTrue(text.contains("临沂市市场监督管理局，2020 年度") && text.contains("临沂市生态环境局，2023 年度"), text);
            assertEquals("回执：市场监管局、生态环境局年度报告", receipt.getSubject());
            assertEquals(Intake.OFFICE, ((InternetAddress) receipt.getFrom()[0]).getAddress());
            assertEquals("auto-replied", receipt.getHeader("Auto-Submitted")[0]);
            assertEquals(message.getMessageID(), receipt.getHeader("In-Reply-To")[0]);
            Deadline.await("the message is handled", () -> intake.allSeen(1));
        }
    }

    /** One receipt line per failed check of a truth file, built from its tables. */
    private static List<String> expectedLines(JsonNode truth) {
        List<String> lines = new ArrayList<>();
        JsonNode requests = truth.path("tables").path("requests");
        for (JsonNode check : truth.path("expectedFailingChecks")) {
            String target = check.path("target").asText();
            switch (check.path("id").asText()) {
                case "R1" -> {
                    String column = target.substring(target.indexOf('.') + 1);
                    int c = Cols.NAMES.indexOf(column);
                    long in = requests.path("newReceived").path(column).asLong() + requests.path("carriedOver").path(column).asLong();
                    long out = requests.path("results").path("total").path(column).asLong() + requests.path("carriedForward").path(column).asLong();
                    lines.add("表三第" + ORDINALS.get(c) + "列（" + COLUMNS.get(c) + "）：一+二（" + in + "）≠ 三（七）+四（" + out + "）");
                }
                case "R4" -> {
                    JsonNode block = truth.path("tables").path("reviewLitigation").path(target.substring(target.indexOf('.') + 1));
                    long sum = block.path("upheld").asLong() + block.path("corrected").asLong() + block.path("other").asLong()
                            + block.path("pending").asLong();
                    lines.add("表四 行政复议：总计（" + block.path("total").asLong() + "）≠ 维持+纠正+其他+尚未审结（" + sum + "）");
                }
                default -> throw new IllegalStateException("no expected wording for " + check);
            }
        }
        return lines;
    }

    private static MimeMessage messageWith(List<String> reports) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(SENDER, "临沂市市场监督管理局", StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(Intake.ADDRESS));
        message.setSubject("市场监管局、生态环境局年度报告", "GB18030");
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart note = new MimeBodyPart();
        note.setText("请查收两份年度报告。", "GBK");
        mixed.addBodyPart(note);
        for (String report : reports) {
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    Files.readAllBytes(FIXTURES.resolve("sources").resolve(report)), "application/pdf")));
            attachment.setFileName("年度报告-" + report);
            mixed.addBodyPart(attachment);
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }
}
