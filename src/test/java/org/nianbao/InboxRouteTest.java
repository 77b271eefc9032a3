package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.FailedFolder;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;

/** The inbox route end to end: real folders, the real routes, a pipeline with a fixed extractor. */
class InboxRouteTest {

    private static final Path BAD = Path.of("src/test/resources/fixtures/bad/sources");
    private static final Path PDF = Path.of("src/test/resources/fixtures/pdf/sources/syn-004-371300-2020.pdf");

    @TempDir
    Path base;

    private static AppConfiguration withFixedExtractor() {
        return new AppConfiguration(settings -> FixedReportExtractor.linyi2020(settings.limits()), Clock.systemUTC());
    }

    @Test
    void badDocumentsLandInFailedWithTheirReasonAndTheServiceGoesOn() throws Exception {
        try (RunningService service = RunningService.start(base, withFixedExtractor())) {
            service.drop(BAD.resolve("empty.pdf"), "empty.pdf");
            service.drop(BAD.resolve("random-bytes.docx"), "random-bytes.docx");
            Deadline.await("both bad files are kept with a reason", () -> RunningService.visibleNames(service.failed).size() == 4);
            Deadline.await("the inbox is empty", service::inboxIsEmpty);

            assertReason(service.failed, "empty.pdf", "empty-file", BAD.resolve("empty.pdf"));
            assertReason(service.failed, "random-bytes.docx", "corrupt-docx", BAD.resolve("random-bytes.docx"));
            assertEquals(ServiceStatus.Started, service.context().getRouteController().getRouteStatus("ingest-inbox"));

            service.drop(PDF, "next.pdf");
            Deadline.await("the next document is archived", () -> Files.isDirectory(service.archive.resolve("371300-临沂市/2020")));
            Deadline.await("the inbox is empty again", service::inboxIsEmpty);
            String sha = SourceDocument.sha256Hex(Files.readAllBytes(PDF));
            Path entry = service.archive.resolve("371300-临沂市/2020").resolve(sha);
            assertArrayEquals(Files.readAllBytes(PDF), Files.readAllBytes(entry.resolve("original.pdf")));
            JsonNode report = Json.mapper().readTree(entry.resolve("report.json").toFile());
            assertEquals("next.pdf", report.path("source").path("fileName").asText());
            assertEquals("folder", report.path("source").path("channel").asText());
        }
    }

    @Test
    void theSameBytesAreArchivedOnceAlsoAcrossARestart() throws Exception {
        String sha = SourceDocument.sha256Hex(Files.readAllBytes(PDF));
        try (RunningService first = RunningService.start(base, withFixedExtractor())) {
            NotifyBuilder archived = new NotifyBuilder(first.context()).wereSentTo("direct:archived").whenDone(1).create();
            first.drop(PDF, "report.pdf");
            assertTrue(archived.matches(20, TimeUnit.SECONDS), "the first copy reaches direct:archived");
            Deadline.await("the inbox is empty", first::inboxIsEmpty);
        }
        try (RunningService second = RunningService.start(base, withFixedExtractor())) {
            NotifyBuilder taken = new NotifyBuilder(second.context()).fromRoute("ingest-inbox").whenDone(1).create();
            NotifyBuilder archived = new NotifyBuilder(second.context()).wereSentTo("direct:archived").whenDone(1).create();
            second.drop(PDF, "same bytes, other name.pdf");
            assertTrue(taken.matches(20, TimeUnit.SECONDS), "the second copy is taken from the inbox");
            Deadline.await("the inbox is empty", second::inboxIsEmpty);
            assertFalse(archived.matches(), "a duplicate is not announced as archived");
            assertEquals(List.of(sha), RunningService.visibleNames(second.archive.resolve("371300-临沂市/2020")));
            assertEquals(List.of(), RunningService.visibleNames(second.failed));
            JsonNode report = Json.mapper().readTree(second.archive.resolve("371300-临沂市/2020").resolve(sha)
                    .resolve("report.json").toFile());
            assertEquals("report.pdf", report.path("source").path("fileName").asText(), "the first copy is the one kept");
        }
    }

    @Test
    void aTraversalNameIsStoredUnderASafeNameAndKeptAsReceivedInTheJson() throws Exception {
        String received = "..%2F..%2Fetc%2Fpasswd.pdf";
        Path source = BAD.resolve("path-traversal-name.pdf");
        try (RunningService service = RunningService.start(base, withFixedExtractor())) {
            service.drop(source, received);
            Deadline.await("the inbox is empty", service::inboxIsEmpty);
            String sha = SourceDocument.sha256Hex(Files.readAllBytes(source));
            Path entry = service.archive.resolve("371300-临沂市/2020").resolve(sha);
            Deadline.await("the document is archived", () -> Files.isRegularFile(entry.resolve("report.json")));
            assertEquals(List.of("original.pdf", "report.json"), RunningService.visibleNames(entry));
            JsonNode report = Json.mapper().readTree(entry.resolve("report.json").toFile());
            assertEquals(received, report.path("source").path("fileName").asText());
            assertFalse(Files.exists(base.resolve("etc")));
        }
    }

    @Test
    void anExceptionInTheRouteIsDeadLetteredIntoFailedWithItsReason() throws Exception {
        try (RunningService service = RunningService.start(base, withFixedExtractor())) {
            // A plain file where the region folder belongs makes the archive write throw.
            Path blocker = service.archive.resolve("371300-临沂市");
            Files.writeString(blocker, "not a folder");
            service.drop(PDF, "blocked.pdf");
            Deadline.await("the document is kept in failed/", () -> RunningService.visibleNames(service.failed).size() == 2);
            Deadline.await("the inbox is empty", service::inboxIsEmpty);
            Path kept = service.failed.resolve(RunningService.visibleNames(service.failed).get(0));
            assertTrue(kept.getFileName().toString().endsWith("-blocked.pdf"), kept.toString());
            assertArrayEquals(Files.readAllBytes(PDF), Files.readAllBytes(kept));
            JsonNode reason = Json.mapper().readTree(FailedFolder.reasonFileOf(kept).toFile());
            assertEquals("internal-error", reason.path("code").asText());
            assertTrue(reason.path("message").asText().contains("371300-临沂市"), reason.toString());
            assertEquals("blocked.pdf", reason.path("fileName").asText());

            Files.delete(blocker);
            service.drop(BAD.resolve("empty.pdf"), "after.pdf");
            Deadline.await("the service still processes the next file", () -> RunningService.visibleNames(service.failed).size() == 4);
        }
    }

    @Test
    void aFileThatCannotBeStoredAnywhereStaysInTheInboxUntilItCan() throws Exception {
        try (RunningService service = RunningService.start(base, withFixedExtractor())) {
            Path archiveBlocker = service.archive.resolve("371300-临沂市");
            Files.writeString(archiveBlocker, "not a folder");
            replaceWithAFile(service.failed);
            NotifyBuilder failedOnce = new NotifyBuilder(service.context()).fromRoute("ingest-inbox").whenFailed(1).create();
            service.drop(PDF, "kept back.pdf");
            assertTrue(failedOnce.matches(20, TimeUnit.SECONDS), "the exchange fails when even failed/ cannot be written");
            assertTrue(Files.exists(service.inbox.resolve("kept back.pdf")), "the document is not lost");

            Files.delete(archiveBlocker);
            Files.delete(service.failed);
            Deadline.await("the document is archived once storing works again", service::inboxIsEmpty);
            assertEquals(1, RunningService.visibleNames(service.archive.resolve("371300-临沂市/2020")).size());
        }
    }

    private static void replaceWithAFile(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Files.writeString(folder, "not a folder");
    }

    private static void assertReason(Path failed, String receivedName, String code, Path original) throws Exception {
        List<String> matches = RunningService.visibleNames(failed).stream().filter(n -> n.endsWith("-" + receivedName)).toList();
        assertEquals(1, matches.size(), "one kept copy of " + receivedName + " in " + RunningService.visibleNames(failed));
        Path kept = failed.resolve(matches.get(0));
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(kept));
        JsonNode reason = Json.mapper().readTree(FailedFolder.reasonFileOf(kept).toFile());
        assertEquals(code, reason.path("code").asText());
        assertEquals(receivedName, reason.path("fileName").asText());
        assertEquals(SourceDocument.sha256Hex(Files.readAllBytes(original)), reason.path("sha256").asText());
        assertFalse(reason.path("message").asText().isBlank());
        assertFalse(reason.path("time").asText().isBlank());
    }
}
