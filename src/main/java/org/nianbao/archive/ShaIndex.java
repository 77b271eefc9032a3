package org.nianbao.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk answer to "is this document already archived?": one small pointer file per SHA-256 under
 * {@code .by-sha256/}, holding the entry folder relative to the archive root. It survives restarts
 * because it is the disk, not memory.
 */
final class ShaIndex {

    private static final Logger LOG = LoggerFactory.getLogger(ShaIndex.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path folder;
    private final Path staging;

    ShaIndex(Path root, Path folder, Path staging) {
        this.root = root;
        this.folder = folder;
        this.staging = staging;
    }

    static boolean isSha256(String value) {
        return value != null && SHA256.matcher(value).matches();
    }

    /** The entry folder of {@code sha256}, when the pointer exists and still leads to a folder inside the archive. */
    Optional<Path> lookup(String sha256) throws IOException {
        if (!isSha256(sha256)) {
            return Optional.empty();
        }
        Path pointer = folder.resolve(sha256);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String relative = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        Path directory = root.resolve(relative).normalize();
        if (!directory.startsWith(root) || !Files.isDirectory(directory)) {
            LOG.warn("archive index entry {} points to {}, which is not an archive folder; treating it as not archived",
                    sha256, relative);
            return Optional.empty();
        }
        return Optional.of(directory);
    }

    /** Records where {@code sha256} is archived; replaces the pointer in one atomic rename. */
    void put(String sha256, Path directory) throws IOException {
        String relative = root.relativize(directory).toString().replace('\\', '/');
        Path temp = staging.resolve(sha256 + "-" + UUID.randomUUID() + ".pointer");
        DurableFiles.write(temp, relative.getBytes(StandardCharsets.UTF_8));
        DurableFiles.moveAtomically(temp, folder.resolve(sha256));
    }

    /** Every SHA-256 with a pointer, in ascending order. */
    List<String> shas() throws IOException {
        List<String> shas = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(ShaIndex::isSha256).sorted().forEach(shas::add);
        }
        return shas;
    }
}
