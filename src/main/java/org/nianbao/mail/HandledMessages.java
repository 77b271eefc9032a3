package org.nianbao.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;

/**
 * The messages the service has finished with, on disk so that a restart, a second fetch of a message whose
 * "seen" flag was lost, or a POP3 mailbox (which keeps no flags) never processes a message twice or sends a
 * second receipt. One small file per message under the folder, named by the SHA-256 of the message's key
 * (its Message-ID, or the SHA-256 of its bytes when it has none), holding who sent it and when it was done.
 * The contents of a message are kept once by the archive's own SHA-256 index; this records the message.
 */
public final class HandledMessages {

    private final Path folder;
    private final Clock clock;

    private HandledMessages(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Opens (creating if needed) the record in {@code folder}. */
    public static HandledMessages open(Path folder, Clock clock) throws IOException {
        Files.createDirectories(folder);
        return new HandledMessages(folder.toAbsolutePath().normalize(), clock);
    }

    public boolean contains(String key) {
        return Files.isRegularFile(fileOf(key));
    }

    /** Records a message as handled; when this returns the record is on the disk. */
    public void record(String key, MessageEnvelope envelope) throws IOException {
        Map<String, String> note = new LinkedHashMap<>();
        note.put("key", key);
        note.put("from", envelope.from());
        note.put("subject", envelope.subject());
        note.put("handledAt", clock.instant().toString());
        DurableWrite.replace(fileOf(key), Json.mapper().writeValueAsBytes(note));
    }

    private Path fileOf(String key) {
        return folder.resolve(SourceDocument.sha256Hex(key.getBytes(StandardCharsets.UTF_8)));
    }
}
