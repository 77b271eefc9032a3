package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.Converters;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.model.Json;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.region.RegionResolver;

/** MailIngest on hand-made messages, without a mail server: what is archived, kept, recorded, and not done twice. */
class MailIngestTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final ReportPipeline PIPELINE = new ReportPipeline(new FormatDetector(), Converters.standard(),
            new ReportExtractor(new RegionResolver(RegionCatalog.standard(), "371300")::resolve), ParseLimits.DEFAULTS);

    @TempDir
    Path base;

    private ReportArchive archive;
    private FailedFolder failed;
    private MailRecords records;

    @BeforeEach
    void folders() throws Exception {
        archive = ReportArchive.open(base.resolve("archive"));
        failed = FailedFolder.open(base.resolve("failed"), Clock.systemUTC());
        records = new MailRecords(HandledMessages.open(base.resolve("data/mail-handled"), Clock.systemUTC()),
                new IgnoredMessages(failed.root(), Clock.systemUTC()));
    }

    private MailIngest ingest(long maxMessageBytes) {
        return new MailIngest(PIPELINE, archive, failed, records, new MessageUnpacker(new FormatDetector()), maxMessageBytes,
                Clock.systemUTC());
    }

    @Test
    void aBrokenAttachmentIsKeptWithItsReasonBesideTheReportThatIsArchived() throws Exception {
        byte[] report = Files.readAllBytes(FIXTURES.resolve("html/sources/syn-001-371300-2020.html"));
        byte[] truncated = Files.readAllBytes(FIXTURES.resolve("bad/sources/truncated.pdf"));
        MimeMessage message = MessageUnpackerTest.parse(message("<a1@example.gov.cn>",
                attachment("application/pdf", "残缺.pdf", truncated), attachment("text/html", "年报.html", report)));

        MailOutcome outcome = ingest(Long.MAX_VALUE).ingest(message, "intake@test/INBOX");

        assertEquals(2, outcome.parts().size());
        PartOutcome.Kept kept = assertInstanceOf(PartOutcome.Kept.class, outcome.parts().get(0));
        assertEquals("corrupt-pdf", kept.code().reason());
        assertArrayEquals(truncated, Files.readAllBytes(kept.kept()));
        JsonNode reason = Json.mapper().readTree(FailedFolder.reasonFileOf(kept.kept()).toFile());
        assertEquals("残缺.pdf", reason.path("fileName").asText());
        PartOutcome.Archived archived = assertInstanceOf(PartOutcome.Archived.class, outcome.parts().get(1));
        assertEquals(List.of(archived.entry()), outcome.newEntries());
        assertEquals("mail", archived.report().source().channel());
        assertEquals("<a1@example.gov.cn>", archived.report().source().mail().messageId());
        assertTrue(Files.notExists(records.ignored().file()), "a message with a report is not recorded as ignored");
        String receipt = ReceiptText.of(outcome, ZoneId.of("Asia/Shanghai"));
        assertTrue(receipt.contains("附件“残缺.pdf”：PDF 文件已损坏") && receipt.contains("共收到 1 份年度报告"), receipt);
    }

    @Test
    void aTextOnlyMailWhoseBodyIsAReportIsArchivedAsAReport() throws Exception {
        // a crawler's capture of a real report, cells run together, pasted into a GB18030 plain-text mail
        String text = Files.readString(Path.of("src/test/resources/real/text/pt-2021.run.txt"), StandardCharsets.UTF_8);
        MimeMessage message = MessageUnpackerTest.parse(("Message-ID: <t1@example.gov.cn>\r\nFrom: a@example.gov.cn\r\n"
                + "Subject: report\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=gb18030\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(text.getBytes(java.nio.charset.Charset.forName("GB18030"))) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));

        MailOutcome outcome = ingest(Long.MAX_VALUE).ingest(message, "intake@test/INBOX");

        PartOutcome.Archived archived = assertInstanceOf(PartOutcome.Archived.class, outcome.parts().get(0));
        JsonNode report = Json.mapper().valueToTree(archived.report());
        assertEquals("text/plain", report.path("source").path("mediaType").asText());
        assertEquals("mail", report.path("source").path("channel").asText());
        assertEquals("text", report.path("tables").path("origins").path("requests").asText());
        // 一、本年新收…640020470 and 四、结转下年度继续办理1000001, as the page's table prints them
        assertEquals(64, report.path("tables").path("requests").path("newReceived").path("naturalPerson").asInt());
        assertEquals(70, report.path("tables").path("requests").path("newReceived").path("total").asInt());
        assertEquals(1, report.path("tables").path("requests").path("carriedForward").path("total").asInt());
        assertTrue(Files.isRegularFile(archived.entry().directory().resolve("original.txt")), "the body is kept as text");
    }

    @Test
    void aCoveringNoteAloneIsRecordedAsNoReportAndNotKept() throws Exception {
        MimeMessage message = MessageUnpackerTest.parse(("Message-ID: <n1@example.gov.cn>\r\nFrom: a@example.gov.cn\r\n"
                + "Subject: =?utf-8?b?" + Base64.getEncoder().encodeToString("年报已发".getBytes(StandardCharsets.UTF_8))
                + "?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n年报请见共享盘，谢谢。\r\n").getBytes(StandardCharsets.UTF_8));

        MailOutcome outcome = ingest(Long.MAX_VALUE).ingest(message, "intake@test/INBOX");

        assertTrue(outcome.carriesNoReport());
        assertEquals(List.of(), documentsIn(failed.root()), "a body that is not a report is not kept");
        List<String> lines = Files.readAllLines(records.ignored().file(), StandardCharsets.UTF_8);
        JsonNode line = Json.mapper().readTree(lines.get(0));
        assertEquals("no-report", line.path("reason").asText());
        assertEquals("年报已发", line.path("subject").asText());
        assertTrue(line.path("parts").get(0).asText().startsWith("邮件正文: "), line.toString());
    }

    @Test
    void aMessageIsHandledOnceEvenWithoutAMessageId() throws Exception {
        byte[] report = Files.readAllBytes(FIXTURES.resolve("html/sources/syn-001-371300-2020.html"));
        byte[] raw = message(null, attachment("text/html", "年报.html", report));

        MailOutcome first = ingest(Long.MAX_VALUE).ingest(MessageUnpackerTest.parse(raw), "intake@test/INBOX");
        MailOutcome second = ingest(Long.MAX_VALUE).ingest(MessageUnpackerTest.parse(raw), "intake@test/INBOX");

        assertEquals(1, first.newEntries().size());
        assertTrue(second.alreadyHandled());
        assertEquals(List.of(), second.parts());
        assertEquals(1, archive.entries().size());
    }

    @Test
    void aMessageAboveTheLimitIsNotReadButRecordedAndHandled() throws Exception {
        byte[] report = Files.readAllBytes(FIXTURES.resolve("html/sources/syn-001-371300-2020.html"));
        MimeMessage message = MessageUnpackerTest.parse(message("<big@example.gov.cn>", attachment("text/html", "年报.html", report)));

        MailOutcome outcome = ingest(1000).ingest(message, "intake@test/INBOX");

        assertTrue(outcome.refusal().startsWith("the message has "), outcome.refusal());
        assertEquals(0, archive.entries().size());
        JsonNode line = Json.mapper().readTree(Files.readAllLines(records.ignored().file(), StandardCharsets.UTF_8).get(0));
        assertEquals("too-large", line.path("reason").asText());
        assertTrue(records.handled().contains("<big@example.gov.cn>"));
        assertNull(outcome.envelope().sentAt());
    }

    static String attachment(String type, String name, byte[] bytes) {
        return "Content-Type: " + type + "\r\nContent-Disposition: attachment; filename*=utf-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(bytes) + "\r\n";
    }

    static byte[] message(String messageId, String... parts) {
        StringBuilder raw = new StringBuilder(messageId == null ? "" : "Message-ID: " + messageId + "\r\n");
        raw.append("From: =?utf-8?b?").append(Base64.getEncoder().encodeToString("临沂市某局".getBytes(StandardCharsets.UTF_8)))
                .append("?= <sender@example.gov.cn>\r\nSubject: report\r\nMIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n");
        for (String part : parts) {
            raw.append("--b1\r\n").append(part);
        }
        return raw.append("--b1--\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The documents kept in a failed folder (reason files and the mail record left out). */
    private static List<String> documentsIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.endsWith(FailedFolder.REASON_SUFFIX) && !n.equals(IgnoredMessages.FILE_NAME))
                    .toList();
        }
    }
}
