package org.nianbao.mail;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Json;

/**
 * Messages that carried no report (a notice, a form, a covering note with nothing attached, a message too
 * large to fetch): one JSON line each in {@code mail-ignored.jsonl} in the failed folder, saying who sent
 * it, its subject and why it was set aside, so a clerk can follow up. The message itself stays in the
 * mailbox.
 */
public final class IgnoredMessages {

    public static final String FILE_NAME = "mail-ignored.jsonl";

    private static final ObjectWriter SINGLE_LINE = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Clock clock;

    public IgnoredMessages(Path failedFolder, Clock clock) {
        this.file = failedFolder.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * One line of the record.
     *
     * @param reason {@code no-report} (nothing in it is a report), {@code nothing-attached} (no document and no
     *        body), {@code too-large} (not fetched)
     * @param parts each candidate with why it is not a report, e.g. {@code 附件“参会回执.docx”: not-a-report: ...}
     */
    public record Entry(String time, String mailbox, String messageId, String from, String subject, String sentAt,
                        String reason, String explanation, List<String> parts, List<String> ignoredAttachments,
                        List<String> unreadable) {
    }

    /** Appends the record of one message; when this returns the line is on the disk. */
    public synchronized Entry record(MailOutcome outcome, String reason, String explanation) throws IOException {
        MessageEnvelope envelope = outcome.envelope();
        List<String> parts = new ArrayList<>();
        for (PartOutcome part : outcome.parts()) {
            if (part instanceof PartOutcome.NotAReport n) {
                parts.add(n.part().label() + ": " + n.code().reason() + ": " + n.message());
            }
        }
        Entry entry = new Entry(clock.instant().toString(), outcome.mailbox(), envelope.messageId(), envelope.from(),
                envelope.subject(), envelope.origin().sentAt(), reason, explanation, parts,
                outcome.unpacked().ignored(), outcome.unpacked().unreadable());
        byte[] line = (SINGLE_LINE.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent());
        DurableWrite.append(file, line);
        return entry;
    }
}
