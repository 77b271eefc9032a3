package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.AppConfiguration;
import org.nianbao.Deadline;
import org.nianbao.RunningService;
import org.nianbao.golden.CorpusTruth;

/** What happens to a handled message on the server: moved to a folder (IMAP), or deleted (POP3). */
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

    private static long entries(RunningService service) {
        try {
            return CorpusTruth.countEntries(service.archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
