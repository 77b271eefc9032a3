package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.Converters;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.ingest.InboxIngest;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.region.RegionResolver;

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
        AtomicInteger conversions = new AtomicInteger();
        CountDownLatch folderConverting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ReportPipeline pipeline = new ReportPipeline(new FormatDetector(), Converters.standard(),
                new ReportExtractor(new RegionResolver(RegionCatalog.standard(), "371300")::resolve), ParseLimits.DEFAULTS) {
            @Override
            public Outcome process(SourceDocument source) {
                if (conversions.incrementAndGet() == 1) {
                    folderConverting.countDown();
                    await(release);
                }
                return super.process(source);
            }
        };
        ReportArchive archive = ReportArchive.open(base.resolve("archive"));
        FailedFolder failed = FailedFolder.open(base.resolve("failed"), Clock.systemUTC());
        MailRecords records = new MailRecords(HandledMessages.open(base.resolve("data/mail-handled"), Clock.systemUTC()),
                new IgnoredMessages(failed.root(), Clock.systemUTC()));
        MailIngest mail = new MailIngest(pipeline, archive, failed, records, new MessageUnpacker(new FormatDetector()),
                Long.MAX_VALUE, Clock.systemUTC());
        InboxIngest inbox = new InboxIngest(pipeline, archive, failed, Long.MAX_VALUE, Clock.systemUTC());
        Path dropped = Files.write(base.resolve("年报.html"), report);
        MimeMessage message = MessageUnpackerTest.parse(MailIngestTest.message("<same@example.gov.cn>",
                MailIngestTest.attachment("text/html", "年报.html", report)));

        AtomicReference<List<ArchiveEntry>> fromFolder = new AtomicReference<>();
        AtomicReference<MailOutcome> fromMail = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread folderThread = start(() -> fromFolder.set(inbox.ingest(dropped, "年报.html")), error);
        assertTrue(folderConverting.await(30, TimeUnit.SECONDS), "the folder's copy is being converted");
        Thread mailThread = start(() -> fromMail.set(mail.ingest(message, "intake@test/INBOX")), error);
        // The mail's copy now either converts as well or waits for the report's lock.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (conversions.get() < 2 && mailThread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        release.countDown();
        folderThread.join(60_000);
        mailThread.join(60_000);
        assertEquals(null, error.get());

        assertEquals(1, conversions.get(), "converted once");
        assertEquals(1, fromFolder.get().size(), "archived from the folder");
        PartOutcome.Archived archived = assertInstanceOf(PartOutcome.Archived.class, fromMail.get().parts().get(0));
        assertTrue(archived.earlier(), "the mail's copy is named as archived earlier");
        assertEquals(List.of(), fromMail.get().newEntries(), "nothing announced a second time");
        assertEquals(fromFolder.get().get(0).directory(), archived.entry().directory());
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Thread start(Work work, AtomicReference<Throwable> error) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                error.compareAndSet(null, e);
            }
        });
        thread.start();
        return thread;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
