package org.nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.console.UploadIngest;
import org.nianbao.ingest.HeldConversion;
import org.nianbao.ingest.InboxIngest;

/**
 * A report uploaded in the console is taken as a dropped file is: indexed through the same convergence
 * (an index that does not answer leaves it archived and indexed by the next retry, the upload still
 * reported as archived), and under the same per-report lock (a copy dropped in the inbox at the same
 * moment is converted once, and the upload is told it is a duplicate).
 */
class UploadIndexingTest {

    private static final Path REPORT = TruthFiles.FIXTURES.resolve("html/sources/syn-011-371311-2020.html");

    @TempDir
    Path base;

    @Test
    void anUploadWhileTheIndexIsDownIsArchivedAndIndexedOnceItIsBack() throws Exception {
        PostgresServer server = PostgresServer.shared();
        try (ArchiveIndex index = ArchiveIndex.open(server.newDatabase())) {
            ReportArchive archive = ReportArchive.open(base.resolve("archive"));
            IndexConvergence convergence = new IndexConvergence(index, archive.root());
            UploadIngest upload = new UploadIngest(HeldConversion.standard(), archive,
                    FailedFolder.open(base.resolve("failed"), Clock.systemUTC()), convergence, Long.MAX_VALUE, Clock.systemUTC());
            String id = TruthFiles.named("html/syn-011-371311-2020.html").id();
            byte[] bytes = Files.readAllBytes(REPORT);
            UploadIngest.Result result;
            server.pause();
            try {
                result = upload.upload(bytes, "年报.html");
            } finally {
                server.resume();
            }

            assertEquals(UploadIngest.Result.ARCHIVED, result.outcome(), result.detail());
            assertTrue(archive.contains(id), "archived");
            assertTrue(convergence.pending(), "the index write is remembered for a retry");
            convergence.retryPending();
            assertEquals(Set.of(id), index.ids());
            assertFalse(convergence.pending());
        }
    }

    @Test
    void anUploadArrivingWhileTheSameReportIsTakenFromTheInboxIsADuplicate() throws Exception {
        HeldConversion held = new HeldConversion();
        try (ArchiveIndex index = ArchiveIndex.open(new IndexSettings("jdbc:h2:file:" + base.resolve("index"), "sa", ""))) {
            ReportArchive archive = ReportArchive.open(base.resolve("archive"));
            FailedFolder failed = FailedFolder.open(base.resolve("failed"), Clock.systemUTC());
            UploadIngest upload = new UploadIngest(held.pipeline(), archive, failed, new IndexConvergence(index, archive.root()),
                    Long.MAX_VALUE, Clock.systemUTC());
            InboxIngest inbox = new InboxIngest(held.pipeline(), archive, failed, Long.MAX_VALUE, Clock.systemUTC());
            Path dropped = Files.copy(REPORT, base.resolve("年报.html"));

            AtomicReference<List<ArchiveEntry>> fromFolder = new AtomicReference<>();
            AtomicReference<UploadIngest.Result> uploaded = new AtomicReference<>();
            held.arriveTogether(() -> fromFolder.set(inbox.ingest(dropped, "年报.html")),
                    () -> uploaded.set(upload.upload(Files.readAllBytes(REPORT), "年报.html")));

            assertEquals(1, held.conversions(), "converted once");
            assertEquals(1, fromFolder.get().size(), "archived from the folder");
            assertEquals(UploadIngest.Result.DUPLICATE, uploaded.get().outcome(), uploaded.get().detail());
        }
    }
}
