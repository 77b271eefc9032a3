package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warm-up}: the service once on the build's documents, in a scratch folder it removes, then stopped. */
class WarmUpTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path scratch;

    @Test
    void theServiceTakesEveryDocumentAndStopsLeavingNothingBehind() throws Exception {
        int exit = warmUp("src/test/resources/fixtures/html/sources/seed-001.html",
                "src/test/resources/fixtures/bad/sources/truncated.pdf");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed + err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("warm-up: 1 of 2 documents archived, 1 failed"), printed);
        assertTrue(printed.contains("service exit 0"), printed);
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "the scratch folder is removed");
        }
        assertTrue(Files.isRegularFile(Path.of("src/test/resources/fixtures/html/sources/seed-001.html")), "inputs are copied, not moved");
    }

    @Test
    void withoutDocumentsOrWithAMissingOneNothingStarts() throws Exception {
        assertEquals(2, warmUp());
        assertEquals(2, warmUp("src/test/resources/fixtures/html/sources/no-such-file.html"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a file: src/test/resources/fixtures/html/sources/no-such-file.html"));
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aServiceThatCannotStartIsAFailureWithItsReason() throws Exception {
        System.setProperty(AppConfiguration.INBOX_THREADS, "zero");
        try {
            assertEquals(1, warmUp("src/test/resources/fixtures/html/sources/seed-001.html"));
        } finally {
            System.clearProperty(AppConfiguration.INBOX_THREADS);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "warm-up: the service could not run: setting nianbao.inbox.threads must be a positive whole number"), err.toString(StandardCharsets.UTF_8));
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(0, left.count(), "the scratch folder is removed");
        }
    }

    private int warmUp(String... files) throws Exception {
        return new WarmUp(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), scratch)
                .run(List.of(files));
    }
}
