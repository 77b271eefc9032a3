package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.FormatDetector;
import org.nianbao.ingest.HeldConversion;
import org.nianbao.ingest.InboxIngest;

/**
 * One report dropped in the inbox folder and attached to a mail at the same moment: the mail's copy waits
 * for the folder's (the same per-report lock), is converted once, archived once, and the mail's receipt
 * names it as archived earlier instead of announcing it a second time.
 */
class SimultaneousCopiesTest {

    @TempDir
    Path base;

    @Test
    void aReportArrivingByMailWhileTheSameIsTakenFromTheInboxIsConvertedAndAnnouncedOnce() throws Exception {
        byte[] report = Files.readAllBytes(Path.of("src/test/resources/fixtures/html/sources/syn-001-371300-2020.html"));
        HeldConversion held = new HeldConversion();
        ReportArchive archive = ReportArchive.open(base.resolve("archive"));
        FailedFolder failed = FailedFolder.open(base.resolve("failed"), Clock.systemUTC());
        MailRecords records = new MailRecords(HandledMessages.open(base.resolve("data/mail-handled"), Clock.systemUTC()),
                new IgnoredMessages(failed.root(), Clock.systemUTC()));
        MailIngest mail = new MailIngest(held.pipeline(), archive, failed, records, new MessageUnpacker(new FormatDetector()),
                Long.MAX_VALUE, Clock.systemUTC());
        InboxIngest inbox = new InboxIngest(held.pipeline(), archive, failed, Long.MAX_VALUE, Clock.systemUTC());
        Path dropped = Files.write(base.resolve("年报.html"), report);
        MimeMessage message = MessageUnpackerTest.parse(MailIngestTest.message("<same@example.gov.cn>",
                MailIngestTest.attachment("text/html", "年报.html", report)));

        AtomicReference<List<ArchiveEntry>> fromFolder = new AtomicReference<>();
        AtomicReference<MailOutcome> fromMail = new AtomicReference<>();
        held.arriveTogether(() -> fromFolder.set(inbox.ingest(dropped, "年报.html")),
                () -> fromMail.set(mail.ingest(message, "intake@test/INBOX")));

        assertEquals(1, held.conversions(), "converted once");
        assertEquals(1, fromFolder.get().size(), "archived from the folder");
        PartOutcome.Archived archived = assertInstanceOf(PartOutcome.Archived.class, fromMail.get().parts().get(0));
        assertTrue(archived.earlier(), "the mail's copy is named as archived earlier");
        assertEquals(List.of(), fromMail.get().newEntries(), "nothing announced a second time");
        assertEquals(fromFolder.get().get(0).directory(), archived.entry().directory());
    }
}
