package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.AppConfiguration;
import org.nianbao.Deadline;
import org.nianbao.RunningService;
import org.nianbao.golden.CorpusTruth;

/** What happens to a handled message on the server (moved to a folder, deleted over POP3), and a large attachment. */
class MailboxOptionsTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort(), ServerSetupTest.POP3.dynamicPort()});

    private static final Path BODY_REPORT = MessageUnpackerTest.EML.resolve("sources/mail-03.eml");
    private static final String PROCESSED = "已处理";

    @TempDir
    Path base;

    @Test
    void anImapMessageIsMovedToTheProcessedFolderOnceArchived() throws Exception {
        Intake intake = new Intake(MAIL);
        Properties settings = intake.settings();
        settings.setProperty("nianbao.mail[0].after", "move");
        settings.setProperty("nianbao.mail[0].move-to", PROCESSED);
        try (RunningService service = RunningService.start(base, new AppConfiguration(), settings)) {
            intake.deliver(BODY_REPORT);
            Deadline.await("the message is moved", () -> intake.messages().isEmpty() && intake.messagesIn(PROCESSED).size() == 1);
            assertEquals(1L, CorpusTruth.countEntries(service.archive));
        }
    }

    @Test
    void aPop3MessageIsDeletedOnceArchived() throws Exception {
        Intake intake = new Intake(MAIL);
        Properties settings = intake.settings();
        settings.setProperty("nianbao.mail[0].protocol", "pop3");
        settings.setProperty("nianbao.mail[0].port", String.valueOf(MAIL.getPop3().getPort()));
        settings.setProperty("nianbao.mail[0].after", "delete");
        try (RunningService service = RunningService.start(base, new AppConfiguration(), settings)) {
            intake.deliver(BODY_REPORT);
            Deadline.await("the message is archived", () -> entries(service) == 1);
            Deadline.await("the message is deleted from the server", () -> intake.messages().isEmpty());
            assertTrue(Files.isDirectory(service.archive.resolve("371302-兰山区/2020")));
        }
    }

    /** Fetched in 1 MiB blocks (nianbao.mail.fetch-size-bytes), a 20 MiB attachment arrives byte for byte. */
    @Test
    void aTwentyMegabyteAttachmentArrivesWhole() throws Exception {
        Intake intake = new Intake(MAIL);
        byte[] damaged = new byte[20 * 1024 * 1024];
        new Random(2020).nextBytes(damaged);
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, damaged, 0, magic.length);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("xxgk@example.gov.cn");
        message.setSubject("扫描版年报");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(damaged, "application/pdf")));
        attachment.setFileName("年报扫描.pdf");
        message.setContent(new MimeMultipart(attachment));
        message.saveChanges();
        try (RunningService service = RunningService.start(base, new AppConfiguration(), intake.settings())) {
            intake.deliver(message);
            Deadline.awaitLong("the message is handled", () -> intake.allSeen(1));
            List<String> kept = RunningService.visibleNames(service.failed).stream().filter(n -> n.endsWith("-年报扫描.pdf")).toList();
            assertEquals(1, kept.size(), RunningService.visibleNames(service.failed).toString());
            assertArrayEquals(damaged, Files.readAllBytes(service.failed.resolve(kept.get(0))));
        }
    }

    private static long entries(RunningService service) {
        try {
            return CorpusTruth.countEntries(service.archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
