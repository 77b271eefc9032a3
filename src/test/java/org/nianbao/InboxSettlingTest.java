package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ingest.SourceDocument;

/**
 * A file still being copied into the inbox is left alone until it has settled, by the file route and by
 * the sweep that takes names the file component must not see.
 */
class InboxSettlingTest {

    private static final Path PDF = Path.of("src/test/resources/fixtures/pdf/sources/syn-004-371300-2020.pdf");

    @TempDir
    Path base;

    @Test
    void aFileBeingWrittenIsTakenOnlyWhenItIsComplete() throws Exception {
        Properties settings = new Properties();
        settings.setProperty("nianbao.inbox.read-lock-min-age-ms", "1000");
        try (RunningService service = RunningService.start(base, new AppConfiguration(
                s -> FixedReportExtractor.linyi2020(s.limits()), java.time.Clock.systemUTC()), settings)) {
            byte[] bytes = Files.readAllBytes(PDF);
            Path plain = service.inbox.resolve("slow copy.pdf");
            Path raw = service.inbox.resolve("slow\\copy.pdf");
            try (OutputStream first = Files.newOutputStream(plain); OutputStream second = Files.newOutputStream(raw)) {
                int chunk = bytes.length / 20 + 1;
                for (int from = 0; from < bytes.length; from += chunk) {
                    int to = Math.min(bytes.length, from + chunk);
                    first.write(Arrays.copyOfRange(bytes, from, to));
                    first.flush();
                    second.write(Arrays.copyOfRange(bytes, from, to));
                    second.flush();
                    Thread.sleep(100);
                    assertTrue(Files.exists(plain) && Files.exists(raw), "a file being written stays in the inbox");
                }
            }
            Deadline.await("both copies are taken once complete", service::inboxIsEmpty);
            assertEquals(List.of(), RunningService.visibleNames(service.failed), "no partial copy failed");
            String sha = SourceDocument.sha256Hex(bytes);
            try (Stream<Path> paths = Files.walk(service.archive)) {
                List<Path> originals = paths.filter(p -> p.getFileName().toString().equals("original.pdf")).toList();
                assertEquals(1, originals.size(), "one complete entry; the second copy is a duplicate");
                assertEquals(sha, originals.get(0).getParent().getFileName().toString());
                assertArrayEquals(bytes, Files.readAllBytes(originals.get(0)));
            }
        }
    }
}
