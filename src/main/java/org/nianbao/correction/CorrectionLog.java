package org.nianbao.correction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Json;

/**
 * The append-only file of a report's corrections in its archive folder, one JSON object per line. Each
 * line is forced to disk before the call returns; the file is never rewritten, so an undo is a line too.
 */
public final class CorrectionLog {

    public static final String FILE = "corrections.jsonl";
    private static final ObjectMapper LINE = Json.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    private CorrectionLog() {
    }

    public static void append(Path entryFolder, Correction correction) throws IOException {
        byte[] line = (LINE.writeValueAsString(correction) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(entryFolder.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** The corrections in the folder, oldest first; none when there is no file. A torn last line is skipped. */
    public static List<Correction> read(Path entryFolder) throws IOException {
        Path file = entryFolder.resolve(FILE);
        List<Correction> corrections = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return corrections;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                corrections.add(LINE.readValue(line, Correction.class));
            } catch (JsonProcessingException e) {
                if (i < lines.size() - 1) {
                    throw new IOException(file + " line " + (i + 1) + " is not a correction: " + e.getOriginalMessage(), e);
                }
                // Only the last line can be torn (a crash while appending): the correction was never confirmed.
            }
        }
        return corrections;
    }
}
