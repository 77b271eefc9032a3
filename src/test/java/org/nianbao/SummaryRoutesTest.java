package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.TruthFiles;
import org.nianbao.model.Json;
import org.nianbao.summary.RegionalSummary;
import org.nianbao.summary.SummaryOutbox;

/**
 * The summary routes in the running service with the real pipeline: reports dropped together into the
 * inbox are archived, indexed, summed once their arrivals go quiet, written to the outbox and mailed.
 */
class SummaryRoutesTest {

    private static final List<String> LUOZHUANG_2020 = List.of(
            "syn-011-371311-2020.html", "syn-014-371311-2020.html", "syn-015-371311-2020.html");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path base;

    @Test
    void reportsDroppedTogetherGiveOneSummaryInTheOutboxMailedOnce() throws Exception {
        Files.createDirectories(base.resolve("rosters"));
        Files.copy(TruthFiles.FIXTURES.resolve("roster.json"), base.resolve("rosters/roster.json"));
        Properties settings = new Properties();
        settings.setProperty(SummarySettings.QUIET_SECONDS, "2");
        settings.setProperty("nianbao.summary.check-ms", "100");
        settings.setProperty(SummarySettings.MAIL_TO, "政务公开办 <office@example.org>");
        settings.setProperty(SummarySettings.SMTP_HOST, "127.0.0.1");
        settings.setProperty(SummarySettings.SMTP_PORT, Integer.toString(SMTP.getSmtp().getPort()));
        try (RunningService service = RunningService.start(base, new AppConfiguration(), settings)) {
            NotifyBuilder written = new NotifyBuilder(service.context()).wereSentTo("direct:summary-written")
                    .whenDone(1).create();
            NotifyBuilder writtenOnce = new NotifyBuilder(service.context()).wereSentTo("direct:summary-written")
                    .whenExactlyDone(1).create();
            for (String name : LUOZHUANG_2020) {
                service.drop(TruthFiles.FIXTURES.resolve("html/sources").resolve(name), name);
            }
            assertTrue(written.matches(60, TimeUnit.SECONDS), "a summary is written");
            NotifyBuilder laterChecks = new NotifyBuilder(service.context()).fromRoute("rebuild-summaries")
                    .whenDone(30).create();
            assertTrue(laterChecks.matches(30, TimeUnit.SECONDS), "the rebuild route keeps looking");
            assertTrue(writtenOnce.matches(), "three arrivals close together give one rebuild");

            Path folder = base.resolve("outbox/371311-罗庄区/2020");
            assertEquals(Set.copyOf(SummaryOutbox.FILES), Set.copyOf(RunningService.visibleNames(folder)));
            RegionalSummary summary = Json.mapper().readValue(folder.resolve(SummaryOutbox.JSON).toFile(),
                    RegionalSummary.class);
            Set<String> expected = new HashSet<>();
            for (String name : LUOZHUANG_2020) {
                expected.add(TruthFiles.named("html/" + name).id());
            }
            assertEquals(expected, summary.included().stream().map(RegionalSummary.Included::id)
                    .collect(Collectors.toSet()));
            assertMailed(folder);
        }
    }

    private static void assertMailed(Path folder) throws Exception {
        assertTrue(SMTP.waitForIncomingEmail(10_000, 1), "the summary is mailed");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals("罗庄区2020年政府信息公开工作年度报告汇总", mail.getSubject());
        assertEquals("office@example.org", ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("纳入汇总：3份"), parts.getBodyPart(0).getContent().toString());
        List<String> attached = new ArrayList<>();
        for (int i = 1; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            attached.add(part.getFileName());
            assertEquals(Files.size(folder.resolve(part.getFileName())), part.getInputStream().readAllBytes().length,
                    part.getFileName());
        }
        assertEquals(SummaryOutbox.FILES, attached);
    }
}
