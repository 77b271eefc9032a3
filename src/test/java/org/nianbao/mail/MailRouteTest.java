package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.AppConfiguration;
import org.nianbao.Deadline;
import org.nianbao.RunningService;
import org.nianbao.archive.ReportArchive;
import org.nianbao.golden.CorpusTruth;
import org.nianbao.golden.Manifest;
import org.nianbao.golden.TruthComparison;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;

/**
 * The service's real mail route against GreenMail's real IMAP and SMTP servers: every corpus message ends
 * as the archive entries its MANIFEST row lists, equal to their ground truth; a message without a report
 * is recorded with its reason; the same bytes by mail and by folder are one entry.
 */
class MailRouteTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});

    @TempDir
    Path base;

    private Intake intake;

    @BeforeEach
    void mailbox() {
        intake = new Intake(MAIL);
    }

    @Test
    void everyCorpusMessageEndsAsTheArchiveEntriesItsManifestRowLists() throws Exception {
        List<Manifest> rows = Manifest.rows().stream().filter(r -> r.format().equals("eml")).toList();
        try (RunningService service = RunningService.start(base, new AppConfiguration(), intake.settings())) {
            for (Manifest row : rows) {
                intake.deliver(row.path());
            }
            Deadline.awaitLong("every message is handled and flagged seen", () -> intake.allSeen(rows.size()));

            List<String> problems = new ArrayList<>();
            int entries = 0;
            for (Manifest row : rows) {
                for (String entry : row.truthFiles()) {
                    problems.addAll(compareWithTruth(service.archive, entry));
                    entries++;
                }
            }
            assertEquals(List.of(), problems, () -> String.join("\n", problems));
            assertEquals((long) entries, CorpusTruth.countEntries(service.archive), "one archive entry per report, nothing else");
            assertEquals(List.of(IgnoredMessages.FILE_NAME), RunningService.visibleNames(service.failed), "no document failed");
        }
    }

    /** The archive entry of one truth file exists where its region and year say and equals the truth. */
    static List<String> compareWithTruth(Path archive, String truthEntry) throws Exception {
        JsonNode truth = Json.mapper().readTree(MessageUnpackerTest.truthFile(truthEntry).toFile());
        JsonNode meta = truth.path("report");
        Path entry = archive.resolve(meta.path("region").path("code").asText() + "-" + meta.path("region").path("name").asText())
                .resolve(meta.path("year").asText()).resolve(truth.path("id").asText());
        if (!Files.isRegularFile(entry.resolve(ReportArchive.REPORT_JSON))) {
            return List.of(truthEntry + ": no archive entry at " + entry);
        }
        List<String> problems = new ArrayList<>();
        JsonNode report = Json.mapper().readTree(entry.resolve(ReportArchive.REPORT_JSON).toFile());
        TruthComparison.compare(truth, report).forEach(d -> problems.add(truthEntry + ": " + d));
        return problems;
    }

    @Test
    void aMessageWithoutAReportIsRecordedWithItsReasonAndItsSenderToldWhy() throws Exception {
        Path notice = MessageUnpackerTest.EML.resolve("sources/mail-06.eml");
        try (RunningService service = RunningService.start(base, new AppConfiguration(), intake.settings())) {
            intake.deliver(notice);
            Deadline.await("the notice is handled", () -> intake.allSeen(1));
            Path record = service.failed.resolve(IgnoredMessages.FILE_NAME);
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            assertEquals(1, lines.size(), lines.toString());
            JsonNode line = Json.mapper().readTree(lines.get(0));
            assertEquals("<20210113134614.0006@linyi.gov.cn>", line.path("messageId").asText());
            assertEquals("临沂市政务公开办公室 <zwgkb@linyi.gov.cn>", line.path("from").asText());
            assertEquals("关于召开政务公开工作推进会议的通知", line.path("subject").asText());
            assertEquals("no-report", line.path("reason").asText());
            assertTrue(line.path("parts").get(0).asText().startsWith("附件“参会回执.docx”: not-a-report"), line.toString());
            assertTrue(line.path("explanation").asText().contains("参会回执.docx"), line.toString());
            assertEquals(0L, CorpusTruth.countEntries(service.archive));

            Deadline.await("the sender gets a receipt", () -> intake.receiptsFor("zwgkb@linyi.gov.cn").size() == 1);
            String receipt = text(intake.receiptsFor("zwgkb@linyi.gov.cn").get(0));
            assertTrue(receipt.contains("没有找到政府信息公开工作年度报告") && receipt.contains("附件“参会回执.docx”不是政府信息公开工作年度报告"), receipt);
        }
    }

    @Test
    void theSameBytesByFolderAndByMailAreOneArchiveEntry() throws Exception {
        Path pdf = Path.of("src/test/resources/fixtures/pdf/sources/syn-020-371312-2020.pdf");
        String sha = SourceDocument.sha256Hex(Files.readAllBytes(pdf));
        try (RunningService service = RunningService.start(base, new AppConfiguration(), intake.settings())) {
            service.drop(pdf, "河东区年报.pdf");
            Path entry = service.archive.resolve("371312-河东区/2020").resolve(sha);
            Deadline.await("the dropped report is archived", () -> Files.isRegularFile(entry.resolve(ReportArchive.REPORT_JSON)));
            intake.deliver(MessageUnpackerTest.EML.resolve("sources/mail-01.eml"));
            Deadline.await("the mail is handled", () -> intake.allSeen(1));

            assertEquals(List.of(sha), RunningService.visibleNames(service.archive.resolve("371312-河东区/2020")));
            assertEquals(1L, CorpusTruth.countEntries(service.archive));
            JsonNode report = Json.mapper().readTree(entry.resolve(ReportArchive.REPORT_JSON).toFile());
            assertEquals("folder", report.path("source").path("channel").asText(), "the first arrival is the one kept");
            assertEquals(List.of(), RunningService.visibleNames(service.failed));
            Deadline.await("the sender gets a receipt", () -> intake.receiptsFor("hdqzxzspj86@163.com").size() == 1);
            String receipt = text(intake.receiptsFor("hdqzxzspj86@163.com").get(0));
            assertTrue(receipt.contains("河东区行政审批服务局，2020 年度") && receipt.contains("此前已收到"), receipt);
        }
    }

    static String text(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
