package org.nianbao.mail;

import java.util.List;
import org.nianbao.archive.ArchiveEntry;

/**
 * What became of one received message.
 *
 * @param mailbox the mailbox it was fetched from, as {@code user@host/folder}
 * @param envelope who sent it, when and about what
 * @param parts one outcome per candidate document, in message order
 * @param unpacked what the message held (ignored attachments, unreadable parts)
 * @param refusal why the whole message was set aside unread (too large), or null
 * @param alreadyHandled true when the message had been handled before; nothing was done again
 */
public record MailOutcome(String mailbox, MessageEnvelope envelope, List<PartOutcome> parts, UnpackedMessage unpacked,
                          String refusal, boolean alreadyHandled) {

    static MailOutcome repeated(String mailbox, MessageEnvelope envelope) {
        return new MailOutcome(mailbox, envelope, List.of(), new UnpackedMessage(List.of(), List.of(), List.of(), List.of()),
                null, true);
    }

    /**
     * The archive entries this message added: the ones the rest of the service hears about. An entry made
     * by an interrupted earlier pass over the same message is included, so it is announced at least once.
     */
    public List<ArchiveEntry> newEntries() {
        return parts.stream()
                .filter(p -> p instanceof PartOutcome.Archived a && !a.earlier())
                .map(p -> ((PartOutcome.Archived) p).entry())
                .toList();
    }

    /** True when no part reached the archive or the failed folder: the message carried no report at all. */
    public boolean carriesNoReport() {
        return parts.stream().allMatch(PartOutcome.NotAReport.class::isInstance);
    }
}
