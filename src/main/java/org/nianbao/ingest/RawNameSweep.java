package org.nianbao.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.archive.ArchiveEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the inbox files whose names the file component cannot be trusted with. Camel's file component
 * turns every {@code \} of a name into a folder separator before it reads, locks or deletes a file, so
 * {@code ..\..\canary.txt} would make it read and delete {@code canary.txt} two folders above the inbox.
 * The inbox route therefore excludes such names ({@link #isRawOnly(String)}) and this sweep takes them: it
 * lists the inbox itself and uses only the {@link Path}s the listing returns (which keep the name's bytes
 * exactly), so no name is ever parsed into a path.
 *
 * <p>A file still being copied is left alone: a file is taken only once its size and modification time
 * are the same as at the previous sweep and it has not been modified for {@code minAgeMs}, the rule of the
 * route's {@code changed} read lock. A taken file is deleted only after it is archived or kept in the
 * failed folder; if neither can be written it stays and is tried again.
 */
public final class RawNameSweep {

    private static final Logger LOG = LoggerFactory.getLogger(RawNameSweep.class);

    private final Path inbox;
    private final InboxIngest ingest;
    private final long minAgeMs;
    private final Clock clock;
    /** What each candidate looked like at the previous sweep. */
    private final Map<Path, Seen> previous = new HashMap<>();

    public RawNameSweep(Path inbox, InboxIngest ingest, long minAgeMs, Clock clock) {
        this.inbox = inbox;
        this.ingest = ingest;
        this.minAgeMs = minAgeMs;
        this.clock = clock;
    }

    /**
     * True for a name the file component would misread: it holds a backslash, or a replacement character
     * (bytes that are not valid in the file-name encoding, which {@link java.io.File} cannot open again).
     * Hidden names (a dot and another character) are skipped by both, like ordinary hidden files.
     */
    public static boolean isRawOnly(String name) {
        return !isHidden(name) && (name.indexOf('\\') >= 0 || name.indexOf('\uFFFD') >= 0);
    }

    static boolean isHidden(String name) {
        return name.length() > 1 && name.charAt(0) == '.' && name.charAt(1) != '.';
    }

    /** Takes every settled file with such a name; returns the archive entries added. */
    public synchronized List<ArchiveEntry> sweep() throws IOException {
        Map<Path, Seen> current = new HashMap<>();
        List<Path> settled = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!isRawOnly(name)) {
                    continue;
                }
                Seen seen = look(file);
                if (seen == null) {
                    continue;
                }
                current.put(file, seen);
                if (seen.equals(previous.get(file)) && clock.millis() - seen.modifiedMs() >= minAgeMs) {
                    settled.add(file);
                }
            }
        }
        previous.clear();
        previous.putAll(current);
        List<ArchiveEntry> added = new ArrayList<>();
        for (Path file : settled) {
            added.addAll(take(file));
            previous.remove(file);
        }
        return added;
    }

    private List<ArchiveEntry> take(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<ArchiveEntry> added;
        try {
            added = ingest.ingest(file, name);
        } catch (IOException | RuntimeException e) {
            LOG.warn("file={} could not be processed: {}", LogText.escape(name), LogText.escape(e.toString()));
            ingest.reject(file, name, e);
            added = List.of();
        }
        Files.deleteIfExists(file);
        return added;
    }

    /** Size and modification time of a regular file (not followed through links), or null for anything else. */
    private static Seen look(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? new Seen(attributes.size(), attributes.lastModifiedTime().toMillis()) : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private record Seen(long size, long modifiedMs) {
    }
}
