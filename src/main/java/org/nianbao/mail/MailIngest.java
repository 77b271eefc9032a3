package org.nianbao.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.FailureCode;
import org.nianbao.ingest.LogText;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one message from a mailbox: every report it carries goes through the same pipeline, archive and
 * failed folder as a file dropped into the inbox; a message with no report is recorded with the reason.
 * Returning normally means everything in the message is safely stored and the message is recorded as
 * handled, so the mail server may mark it seen or move it; throwing (the archive or the server failed)
 * means it is not, and the message must stay where it is to be taken again. Taking a message again is
 * harmless: the handled record and the archive's SHA-256 index make the second pass add nothing.
 */
public final class MailIngest {

    private static final Logger LOG = LoggerFactory.getLogger(MailIngest.class);

    private final ReportPipeline pipeline;
    private final ReportArchive archive;
    private final FailedFolder failed;
    private final MailRecords records;
    private final MessageUnpacker unpacker;
    private final long maxMessageBytes;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public MailIngest(ReportPipeline pipeline, ReportArchive archive, FailedFolder failed, MailRecords records,
                      MessageUnpacker unpacker, long maxMessageBytes, Clock clock) {
        this.pipeline = pipeline;
        this.archive = archive;
        this.failed = failed;
        this.records = records;
        this.unpacker = unpacker;
        this.maxMessageBytes = maxMessageBytes;
        this.clock = clock;
    }

    /** Processes {@code message} as fetched from {@code mailbox} (named {@code user@host/folder} in records and logs). */
    public MailOutcome ingest(MimeMessage message, String mailbox) throws IOException, MessagingException {
        Optional<String> messageId = MessageEnvelope.header(message, "Message-ID");
        if (messageId.isPresent() && records.handled().contains(messageId.get())) {
            return repeated(mailbox, MessageEnvelope.of(message));
        }
        int size = message.getSize();
        if (size > maxMessageBytes) {
            return refuseUnread(mailbox, message, size);
        }
        byte[] raw = fetch(message);
        MimeMessage local = new MimeMessage(session, new SharedByteArrayInputStream(raw));
        MessageEnvelope envelope = MessageEnvelope.of(local);
        String key = envelope.messageId() != null ? envelope.messageId() : "sha256:" + SourceDocument.sha256Hex(raw);
        if (records.handled().contains(key)) {
            return repeated(mailbox, envelope);
        }
        UnpackedMessage unpacked = unpack(local, envelope);
        Instant receivedAt = clock.instant();
        List<PartOutcome> parts = new ArrayList<>();
        for (MailCandidate candidate : unpacked.candidates()) {
            parts.add(take(candidate, SourceDocument.fromMail(candidate.bytes(), candidate.fileName(), candidate.mediaType(),
                    receivedAt, envelope.origin())));
        }
        MailOutcome outcome = new MailOutcome(mailbox, envelope, List.copyOf(parts), unpacked, null, false);
        if (outcome.carriesNoReport()) {
            String reason = unpacked.candidates().isEmpty() ? "nothing-attached" : "no-report";
            records.ignored().record(outcome, reason, ReceiptText.noReportExplanation(outcome));
            LOG.info("no report in message {} from {} ({}): {}", LogText.escape(key), LogText.escape(envelope.from()),
                    LogText.escape(envelope.subject()), reason);
        }
        records.handled().record(key, envelope);
        return outcome;
    }

    /**
     * One candidate, exactly as {@code InboxIngest} takes a dropped file (under the same per-report lock, so
     * a copy of the report dropped in the inbox at the same moment is converted and archived once, and the
     * later of the two is the duplicate), except that non-reports are not kept.
     */
    private PartOutcome take(MailCandidate candidate, SourceDocument source) throws IOException {
        return archive.exclusively(source.sha256(), () -> takeOnce(candidate, source));
    }

    private PartOutcome takeOnce(MailCandidate candidate, SourceDocument source) throws IOException {
        Optional<ArchiveEntry> existing = archive.entry(source.sha256());
        if (existing.isPresent()) {
            AnnualReport stored = Json.mapper().readValue(existing.get().reportJson().toFile(), AnnualReport.class);
            // Archived by an interrupted earlier pass over this same message: announced again, since that pass never got to.
            boolean sameMessage = source.mail().messageId() != null && stored.source() != null && stored.source().mail() != null
                    && source.mail().messageId().equals(stored.source().mail().messageId());
            LOG.info("duplicate sha={} ({}) already archived at {}{}", source.sha256(), LogText.escape(candidate.label()),
                    existing.get().directory(),
                    sameMessage ? " from this message" : "");
            return new PartOutcome.Archived(candidate, existing.get(), stored, !sameMessage);
        }
        Outcome outcome = pipeline.process(source);
        if (outcome instanceof Outcome.Converted converted) {
            ArchiveEntry entry = archive.store(converted.report(), source);
            LOG.info("archived sha={} ({}) in {}/{}", source.sha256(), LogText.escape(candidate.label()), entry.regionFolder(),
                    entry.yearFolder());
            return new PartOutcome.Archived(candidate, entry, converted.report(), false);
        }
        Outcome.Failed failure = (Outcome.Failed) outcome;
        // A covering note or a form beside the report is not a failed report: it is named, not kept.
        if (candidate.body() || failure.code() == FailureCode.NOT_A_REPORT) {
            return new PartOutcome.NotAReport(candidate, failure.code(), failure.message());
        }
        return new PartOutcome.Kept(candidate, failure.code(), failure.message(), failed.store(source, failure.code(), failure.message()));
    }

    private UnpackedMessage unpack(MimeMessage local, MessageEnvelope envelope) {
        try {
            return unpacker.unpack(local);
        } catch (RuntimeException e) {
            // Jakarta Mail can fail in unexpected ways on hostile structure; that message is recorded, the mailbox goes on.
            LOG.warn("message {} from {} could not be unpacked", LogText.escape(envelope.messageId()), LogText.escape(envelope.from()), e);
            return new UnpackedMessage(List.of(), List.of(), List.of(), List.of("the message structure could not be read: " + e));
        }
    }

    /** The whole message in one pass: one server round trip per fetch block instead of one per part. */
    private static byte[] fetch(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 8192));
        message.writeTo(out);
        return out.toByteArray();
    }

    private MailOutcome repeated(String mailbox, MessageEnvelope envelope) {
        LOG.info("message {} from {} was handled before; nothing to do", LogText.escape(envelope.messageId()),
                LogText.escape(envelope.from()));
        return MailOutcome.repeated(mailbox, envelope);
    }

    /** A message above the limit is not fetched, so it cannot exhaust the heap; it stays in the mailbox. */
    private MailOutcome refuseUnread(String mailbox, MimeMessage message, int size) throws IOException, MessagingException {
        MessageEnvelope envelope = MessageEnvelope.of(message);
        String refusal = "the message has " + size + " bytes, more than the limit of " + maxMessageBytes;
        MailOutcome outcome = new MailOutcome(mailbox, envelope, List.of(),
                new UnpackedMessage(List.of(), List.of(), List.of(), List.of()), refusal, false);
        records.ignored().record(outcome, FailureCode.TOO_LARGE.reason(), refusal);
        String key = envelope.messageId() != null ? envelope.messageId() : "size:" + size + ":" + envelope.from() + ":" + envelope.sentAt();
        records.handled().record(key, envelope);
        LOG.info("message {} from {} not fetched: {}", LogText.escape(key), LogText.escape(envelope.from()), refusal);
        return outcome;
    }
}
