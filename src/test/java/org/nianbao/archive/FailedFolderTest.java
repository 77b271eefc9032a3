package org.nianbao.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.convert.FailureCode;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;

class FailedFolderTest {

    private static final Instant NOW = Instant.parse("2024-03-01T08:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] BYTES = "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    @Test
    void theOriginalIsKeptBesideItsReason() throws IOException {
        SourceDocument source = SourceDocument.of(BYTES, "年报.pdf", SourceDocument.FOLDER, NOW);
        Path kept = FailedFolder.open(root, CLOCK).store(source, FailureCode.CORRUPT_PDF, "the PDF structure is broken");

        String name = "20240301T081530Z-" + source.sha256().substring(0, 8) + "-年报.pdf";
        assertEquals(root.resolve(name), kept);
        assertEquals(List.of(name, name + ".reason.json"), visible(root));
        assertArrayEquals(BYTES, Files.readAllBytes(kept));
        String expected = """
                {
                  "code" : "corrupt-pdf",
                  "message" : "the PDF structure is broken",
                  "fileName" : "年报.pdf",
                  "sha256" : "%s",
                  "time" : "2024-03-01T08:15:30Z"
                }""".formatted(source.sha256());
        assertEquals(expected, Files.readString(root.resolve(name + ".reason.json"), StandardCharsets.UTF_8));
        assertEquals(List.of(), names(root.resolve(".staging")));
    }

    @Test
    void hostileNamesAreStoredSanitizedButRecordedAsReceived() throws IOException {
        FailedFolder folder = FailedFolder.open(root, CLOCK);
        for (String received : List.of("../../x.pdf", "..%2F..%2Fetc%2Fpasswd.pdf", "a/b\u0000c.pdf")) {
            Path kept = folder.store(SourceDocument.of(BYTES, received, SourceDocument.FOLDER, NOW), FailureCode.NOT_A_PDF, "no");
            assertEquals(root, kept.getParent(), received);
            JsonNode reason = Json.mapper().readTree(FailedFolder.reasonFileOf(kept).toFile());
            assertEquals(received, reason.path("fileName").asText());
        }
        assertEquals(List.of(".staging"), names(root).stream().filter(n -> n.startsWith(".")).toList());
    }

    @Test
    void theSameBytesFailingTwiceInOneSecondDoNotOverwriteEachOther() throws IOException {
        FailedFolder folder = FailedFolder.open(root, CLOCK);
        SourceDocument source = SourceDocument.of(BYTES, "same.pdf", SourceDocument.FOLDER, NOW);
        Path first = folder.store(source, FailureCode.NOT_A_PDF, "first");
        Path second = folder.store(source, FailureCode.NOT_A_PDF, "second");
        assertNotEquals(first, second);
        assertEquals("first", Json.mapper().readTree(FailedFolder.reasonFileOf(first).toFile()).path("message").asText());
        assertEquals("second", Json.mapper().readTree(FailedFolder.reasonFileOf(second).toFile()).path("message").asText());
        assertEquals(4, visible(root).size());
    }

    @Test
    void aMailBodyWithoutANameIsKeptUnderAFixedOne() throws IOException {
        SourceDocument body = SourceDocument.of(BYTES, null, "mail", NOW);
        Path kept = FailedFolder.open(root, CLOCK).store(body, FailureCode.NOT_A_REPORT, "not a report");
        assertEquals("20240301T081530Z-" + body.sha256().substring(0, 8) + "-document", kept.getFileName().toString());
        assertTrue(Json.mapper().readTree(FailedFolder.reasonFileOf(kept).toFile()).path("fileName").isNull());
    }

    @Test
    void aFileOnDiskIsCopiedWithTheGivenHash() throws IOException {
        Path big = Files.write(root.resolveSibling(root.getFileName() + "-big.pdf"), BYTES);
        try {
            Path kept = FailedFolder.open(root, CLOCK).storeCopy(big, "big.pdf", "f".repeat(64), FailureCode.TOO_LARGE, "too large");
            assertArrayEquals(BYTES, Files.readAllBytes(kept));
            assertEquals("too-large", Json.mapper().readTree(FailedFolder.reasonFileOf(kept).toFile()).path("code").asText());
        } finally {
            Files.delete(big);
        }
    }

    private static List<String> visible(Path folder) throws IOException {
        return names(folder).stream().filter(n -> !n.startsWith(".")).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
