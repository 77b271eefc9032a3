package org.nianbao.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.nianbao.model.MailOrigin;

/**
 * The decoded headers of a received message that say who sent it, when and about what, plus what a
 * receipt needs: where to reply and whether the message was itself sent by a machine (a receipt to an
 * automatic message could start a mail loop).
 *
 * @param messageId the Message-ID with its angle brackets, or null when the message has none
 * @param from the sender as {@code Name <address>} (just the address when no name is given), or null
 * @param subject the decoded subject, or null
 * @param sentAt the Date header, or null when missing or unreadable
 * @param replyAddress the address a receipt goes to (Reply-To, else From), or null
 * @param automated true for bounces, auto-replies and list mail, which never get a receipt
 */
public record MessageEnvelope(String messageId, String from, String subject, Instant sentAt, String replyAddress,
                              boolean automated) {

    /** Reads the envelope from the message's own headers (of the outer message, for a forward). */
    public static MessageEnvelope of(MimeMessage message) throws MessagingException {
        Optional<String> messageId = header(message, "Message-ID");
        Address from = header(message, "From").map(Address::parse).orElse(Address.NONE);
        Address replyTo = header(message, "Reply-To").map(Address::parse).orElse(Address.NONE);
        String subject = header(message, "Subject").map(MimeCharset::repairRawBytes).map(EncodedWords::decode).orElse(null);
        Date sent = sentDate(message);
        String replyAddress = replyTo.address() != null ? replyTo.address() : from.address();
        return new MessageEnvelope(messageId.orElse(null), from.display(), subject, sent == null ? null : sent.toInstant(),
                replyAddress, isAutomated(message, from));
    }

    /** The provenance recorded in {@code source.mail} of every report the message carries. */
    public MailOrigin origin() {
        return new MailOrigin(messageId, from, subject, sentAt == null ? null : sentAt.toString());
    }

    /** The first value of a header, unfolded and stripped; empty when absent or blank. */
    static Optional<String> header(Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        if (values == null || values.length == 0 || values[0] == null) {
            return Optional.empty();
        }
        String unfolded = values[0].replaceAll("\\r?\\n(?=[ \\t])", "").strip();
        return unfolded.isEmpty() ? Optional.empty() : Optional.of(unfolded);
    }

    private static Date sentDate(MimeMessage message) {
        try {
            return message.getSentDate();
        } catch (MessagingException e) {
            // An unreadable Date header leaves sentAt empty; the message itself is still processed.
            return null;
        }
    }

    /** RFC 3834 Auto-Submitted, list and bulk precedence, and bounce senders. */
    private static boolean isAutomated(MimeMessage message, Address from) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted").orElse("no").toLowerCase(Locale.ROOT);
        String precedence = header(message, "Precedence").orElse("").toLowerCase(Locale.ROOT);
        String sender = from.address() == null ? "" : from.address().toLowerCase(Locale.ROOT);
        return !autoSubmitted.startsWith("no")
                || precedence.equals("bulk") || precedence.equals("junk") || precedence.equals("list")
                || header(message, "List-Id").isPresent()
                || sender.startsWith("mailer-daemon@") || sender.startsWith("postmaster@")
                || header(message, "Return-Path").map(p -> p.equals("<>")).orElse(false);
    }

    /** One mailbox of an address header: its decoded display name and its address. */
    private record Address(String name, String address) {

        static final Address NONE = new Address(null, null);

        /** Parses the first mailbox of {@code Name <address>}, {@code "Name" <address>} or {@code address (Name)}. */
        static Address parse(String header) {
            String raw = MimeCharset.repairRawBytes(header);
            int open = firstUnquoted(raw, '<');
            int close = open < 0 ? -1 : raw.indexOf('>', open);
            if (open >= 0 && close > open) {
                return new Address(displayName(raw.substring(0, open)), raw.substring(open + 1, close).strip());
            }
            int comment = raw.indexOf('(');
            if (comment > 0 && raw.endsWith(")")) {
                return new Address(displayName(raw.substring(comment + 1, raw.length() - 1)),
                        raw.substring(0, comment).strip());
            }
            String first = raw.split(",", 2)[0].strip();
            return new Address(null, first.isEmpty() ? null : first);
        }

        String display() {
            if (address == null) {
                return name;
            }
            return name == null ? address : name + " <" + address + ">";
        }

        private static String displayName(String text) {
            String name = text.strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).replaceAll("\\\\(.)", "$1");
            }
            name = EncodedWords.decode(name).strip();
            return name.isEmpty() ? null : name;
        }

        private static int firstUnquoted(String text, char wanted) {
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == wanted && !quoted) {
                    return i;
                }
            }
            return -1;
        }
    }
}
