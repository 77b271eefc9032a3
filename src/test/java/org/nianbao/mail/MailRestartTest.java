package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.AppConfiguration;
import org.nianbao.Deadline;
import org.nianbao.RunningService;
import org.nianbao.golden.CorpusTruth;
import org.nianbao.model.Json;

/**
 * Nothing lost, nothing twice: the service stops while a two-report message is half stored (the archive
 * fails on the second report), the message stays unhandled on the server, and after a restart both
 * reports are archived exactly once, the message is flagged seen and one receipt goes out.
 */
class MailRestartTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});

    private static final Path TWO_REPORTS = MessageUnpackerTest.EML.resolve("sources/mail-05.eml");

    @TempDir
    Path base;

    @Test
    void aMessageInterruptedAfterItsFirstReportIsTakenAgainAndEveryReportArchivedOnce() throws Exception {
        Intake intake = new Intake(MAIL);
        List<String> truthEntries = List.of("truth/mail-05.eml.1.json", "truth/mail-05.eml.2.json");
        List<String> shas = idsOf(truthEntries);
        Path folder = base.resolve("archive/371321-沂南县/2023");
        Path blocker = folder.resolve(shas.get(1));
        String sender = "zwgk@yinan.gov.cn";

        try (RunningService first = RunningService.start(base, new AppConfiguration(), intake.settings())) {
            // A plain file where the second report's entry belongs makes the archive fail on it.
            Files.createDirectories(folder);
            Files.writeString(blocker, "not an archive entry");
            NotifyBuilder failed = new NotifyBuilder(first.context()).fromRoute("ingest-mail-0").whenFailed(1).create();
            intake.deliver(TWO_REPORTS);
            assertTrue(failed.matches(30, TimeUnit.SECONDS), "the message fails on its second report");
            assertTrue(Files.isDirectory(folder.resolve(shas.get(0))), "the first report was archived before the stop");
        }
        assertEquals(1, intake.messages().size());
        assertFalse(intake.messages().get(0).getFlags().contains(Flags.Flag.SEEN), "an unfinished message is not marked handled");
        assertEquals(List.of(), intake.receiptsFor(sender), "no receipt for an unfinished message");

        Files.delete(blocker);
        try (RunningService second = RunningService.start(base, new AppConfiguration(), intake.settings())) {
            NotifyBuilder announced = new NotifyBuilder(second.context()).wereSentTo("direct:archived").whenDone(2).create();
            Deadline.await("the message is handled after the restart", () -> intake.allSeen(1));
            assertTrue(announced.matches(10, TimeUnit.SECONDS), "both entries are announced, also the one archived before the stop");
            List<String> problems = new ArrayList<>();
            for (String entry : truthEntries) {
                problems.addAll(MailRouteTest.compareWithTruth(second.archive, entry));
            }
            assertEquals(List.of(), problems, () -> String.join("\n", problems));
            assertEquals(shas.stream().sorted().toList(), RunningService.visibleNames(folder), "each report archived exactly once");
            assertEquals(2L, CorpusTruth.countEntries(second.archive));

            Deadline.await("one receipt reaches the sender", () -> intake.receiptsFor(sender).size() == 1);
            String receipt = MailRouteTest.text(intake.receiptsFor(sender).get(0));
            assertTrue(receipt.contains("共收到 2 份年度报告") && receipt.contains("沂南县人力资源和社会保障局，2023 年度")
                    && receipt.contains("界湖街道办事处，2023 年度"), receipt);
            assertFalse(receipt.contains("此前已收到"), "the report stored before the stop came with this same message: " + receipt);
        }
    }

    private static List<String> idsOf(List<String> truthEntries) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String entry : truthEntries) {
            ids.add(Json.mapper().readTree(MessageUnpackerTest.truthFile(entry).toFile()).path("id").asText());
        }
        return ids;
    }

    /** The handled-message record survives a restart: a message delivered again after it is handled adds nothing. */
    @Test
    void aMessageDeliveredAgainAfterARestartAddsNothingAndGetsNoSecondReceipt() throws Exception {
        Intake intake = new Intake(MAIL);
        Path eml = MessageUnpackerTest.EML.resolve("sources/mail-03.eml");
        String sender = "lsqzzfb94@163.com";
        try (RunningService first = RunningService.start(base, new AppConfiguration(), intake.settings())) {
            intake.deliver(eml);
            Deadline.await("the message is handled", () -> intake.allSeen(1));
            Deadline.await("its receipt is sent", () -> intake.receiptsFor(sender).size() == 1);
        }
        try (RunningService second = RunningService.start(base, new AppConfiguration(), intake.settings())) {
            NotifyBuilder taken = new NotifyBuilder(second.context()).fromRoute("ingest-mail-0").whenDone(1).create();
            intake.deliver(eml);
            assertTrue(taken.matches(30, TimeUnit.SECONDS), "the copy is taken");
            Deadline.await("the copy is flagged seen", () -> intake.allSeen(2));
            assertEquals(1L, CorpusTruth.countEntries(second.archive));
            assertEquals(1, intake.receiptsFor(sender).size(), "no second receipt");
            assertEquals(List.of(), MailRouteTest.compareWithTruth(second.archive, "truth/mail-03.eml.1.json"),
                    "the entry is still the first copy's, with its provenance");
        }
    }
}
