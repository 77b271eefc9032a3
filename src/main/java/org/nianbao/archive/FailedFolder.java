package org.nianbao.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.nianbao.convert.FailureCode;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;

/**
 * Documents that could not be converted, kept byte for byte so nothing a sender delivered is lost:
 * {@code <root>/<time>-<sha8>-<safe name>} beside {@code <same>.reason.json}. The time and hash prefix keep
 * names from colliding; the received name is sanitized and never used as a path.
 */
public final class FailedFolder {

    public static final String REASON_SUFFIX = ".reason.json";
    private static final String STAGING = ".staging";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Path staging;
    private final Clock clock;

    private FailedFolder(Path root, Clock clock) {
        this.root = root;
        this.staging = root.resolve(STAGING);
        this.clock = clock;
    }

    /** Opens (creating if needed) the failed folder and clears what an interrupted write left in staging. */
    public static FailedFolder open(Path root, Clock clock) throws IOException {
        FailedFolder folder = new FailedFolder(root.toAbsolutePath().normalize(), clock);
        DurableFiles.deleteTree(folder.staging);
        Files.createDirectories(folder.staging);
        return folder;
    }

    public Path root() {
        return root;
    }

    /** Keeps a document held in memory with its reason; returns where the original now is. */
    public Path store(SourceDocument source, FailureCode code, String message) throws IOException {
        return keep(source.fileName(), source.sha256(), code, message, target -> DurableFiles.write(target, source.bytes()));
    }

    /** Keeps a document that is only on disk (too large to read into memory), copying it by streaming. */
    public Path storeCopy(Path file, String fileName, String sha256, FailureCode code, String message) throws IOException {
        return keep(fileName, sha256, code, message, target -> DurableFiles.copy(file, target));
    }

    /** The reason file that belongs to a kept original. */
    public static Path reasonFileOf(Path original) {
        return original.resolveSibling(original.getFileName() + REASON_SUFFIX);
    }

    private synchronized Path keep(String fileName, String sha256, FailureCode code, String message, Writer writer)
            throws IOException {
        Instant now = clock.instant();
        // Recreated on demand: someone may have cleared the folder while the service runs.
        Files.createDirectories(staging);
        String token = UUID.randomUUID().toString();
        Path stagedOriginal = staging.resolve(token);
        Path stagedReason = staging.resolve(token + REASON_SUFFIX);
        writer.write(stagedOriginal);
        FailureReason reason = new FailureReason(code.reason(), message, fileName, sha256, now.toString());
        DurableFiles.write(stagedReason, Json.mapper().writeValueAsBytes(reason));
        Path original = freeName(STAMP.format(now) + "-" + sha256.substring(0, 8), SafeFileName.of(fileName));
        // The original moves first: after a crash between the two renames the bytes are kept, only the note is lost.
        DurableFiles.moveAtomically(stagedOriginal, original);
        DurableFiles.moveAtomically(stagedReason, reasonFileOf(original));
        return original;
    }

    /** The first name not yet taken by an original or a reason file: the same bytes may fail twice in a second. */
    private Path freeName(String prefix, String safeName) {
        Path candidate = root.resolve(prefix + "-" + safeName);
        for (int n = 2; Files.exists(candidate) || Files.exists(reasonFileOf(candidate)); n++) {
            candidate = root.resolve(prefix + "-" + n + "-" + safeName);
        }
        return candidate;
    }

    /** Puts the original bytes into a new file. */
    @FunctionalInterface
    private interface Writer {
        void write(Path target) throws IOException;
    }
}
