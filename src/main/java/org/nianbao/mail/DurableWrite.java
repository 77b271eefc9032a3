package org.nianbao.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two writes the mail records need, each on the disk when it returns: a small file put into place in
 * one rename, and a line appended to a log. A message is marked handled on the mail server only after
 * these, so a crash can repeat work but never lose it.
 */
final class DurableWrite {

    private static final Logger LOG = LoggerFactory.getLogger(DurableWrite.class);

    private DurableWrite() {
    }

    /** Writes {@code bytes} to a temporary file beside {@code target}, forces it, and renames it into place. */
    static void replace(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(".tmp-" + UUID.randomUUID());
        write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target.getParent());
    }

    /** Appends {@code bytes} to {@code file} (created if needed) and forces them to the disk. */
    static void append(Path file, byte[] bytes) throws IOException {
        boolean created = !Files.exists(file);
        write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        if (created) {
            syncFolder(file.getParent());
        }
    }

    private static void write(Path file, byte[] bytes, StandardOpenOption... options) throws IOException {
        try (FileChannel channel = FileChannel.open(file, options)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Forces a folder's new names to the disk; where a folder cannot be opened for this, the rename is all there is. */
    private static void syncFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (UnsupportedOperationException | AccessDeniedException e) {
            LOG.debug("cannot force folder {} to disk on this platform: {}", folder, e.toString());
        }
    }
}
