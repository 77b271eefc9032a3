package org.nianbao.mail;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The mail settings: the mailboxes to read ({@code nianbao.mail[N].*}, numbered from 0), the limits and
 * fetch tuning they share, and the receipts. A setting of a numbered mailbox may also come from an
 * environment variable with every non-alphanumeric run as one underscore, e.g. the password of mailbox 0
 * from {@code NIANBAO_MAIL_0_PASSWORD}, so no password needs to be written into a file.
 *
 * @param fetchSizeBytes the IMAP fetch block: a 20 MB attachment comes in 20 round trips of 1 MiB, not 1280 of
 *        the default 16 KiB
 * @param maxMessageBytes messages larger than this are not fetched
 */
public record MailSettings(List<Mailbox> mailboxes, int fetchSizeBytes, long maxMessageBytes, ReceiptSettings receipts) {

    /** Mailbox numbers looked at; a gap is allowed (0 and 2 without 1). */
    static final int MAX_MAILBOXES = 32;
    private static final Set<String> PROTOCOLS = Set.of("imap", "imaps", "pop3", "pop3s");
    private static final Map<String, Integer> PORTS = Map.of("imap", 143, "imaps", 993, "pop3", 110, "pop3s", 995,
            "smtp", 25, "smtps", 465);

    /** Reads every mail setting through {@code properties}, then {@code environment}; a malformed one stops start-up. */
    public static MailSettings from(Function<String, Optional<String>> properties, Function<String, String> environment) {
        Lookup read = new Lookup(properties, environment);
        List<Mailbox> mailboxes = new ArrayList<>();
        for (int i = 0; i < MAX_MAILBOXES; i++) {
            mailbox(read, i).ifPresent(mailboxes::add);
        }
        ReceiptSettings receipts = receipts(read);
        return new MailSettings(List.copyOf(mailboxes), (int) read.number("nianbao.mail.fetch-size-bytes", Integer.MAX_VALUE),
                read.number("nianbao.mail.max-message-bytes", Long.MAX_VALUE), receipts);
    }

    private static Optional<Mailbox> mailbox(Lookup read, int index) {
        String prefix = "nianbao.mail[" + index + "].";
        Optional<String> host = read.optional(prefix + "host");
        if (host.isEmpty()) {
            if (read.optional(prefix + "username").isPresent()) {
                throw new IllegalArgumentException("setting " + prefix + "host is missing: mailbox " + index + " has a username but no server");
            }
            return Optional.empty();
        }
        String protocol = read.optional(prefix + "protocol").orElse("imaps").toLowerCase(Locale.ROOT);
        if (!PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("setting " + prefix + "protocol must be imap, imaps, pop3 or pop3s, not '" + protocol + "'");
        }
        AfterHandling after = AfterHandling.parse(prefix + "after", read.optional(prefix + "after").orElse("seen"));
        String moveTo = read.optional(prefix + "move-to").orElse("");
        if (after == AfterHandling.MOVE && (moveTo.isEmpty() || protocol.startsWith("pop3"))) {
            throw new IllegalArgumentException("setting " + prefix + "after=move needs an IMAP mailbox and " + prefix + "move-to");
        }
        long delay = read.optional(prefix + "poll-delay-ms").isPresent()
                ? read.number(prefix + "poll-delay-ms", Long.MAX_VALUE) : read.number("nianbao.mail.poll-delay-ms", Long.MAX_VALUE);
        return Optional.of(new Mailbox(index, protocol, host.get(), read.port(prefix + "port", protocol),
                read.text(prefix + "username"), read.optional(prefix + "password").orElse(""),
                read.optional(prefix + "folder").orElse("INBOX"), delay, after, moveTo));
    }

    private static ReceiptSettings receipts(Lookup read) {
        String prefix = "nianbao.mail.receipts.";
        boolean enabled = Boolean.parseBoolean(read.optional("nianbao.mail.receipts").orElse("false").strip());
        String protocol = read.optional(prefix + "protocol").orElse("smtp").toLowerCase(Locale.ROOT);
        if (!protocol.equals("smtp") && !protocol.equals("smtps")) {
            throw new IllegalArgumentException("setting " + prefix + "protocol must be smtp or smtps, not '" + protocol + "'");
        }
        String from = read.optional(prefix + "from").orElse("");
        if (enabled && from.isEmpty()) {
            throw new IllegalArgumentException("setting " + prefix + "from is missing: receipts need the address they are sent from");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(read.optional(prefix + "time-zone").orElse("Asia/Shanghai"));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("setting " + prefix + "time-zone is not a time zone such as Asia/Shanghai", e);
        }
        return new ReceiptSettings(enabled, protocol, read.optional(prefix + "host").orElse("localhost"),
                read.port(prefix + "port", protocol), read.optional(prefix + "username").orElse(""),
                read.optional(prefix + "password").orElse(""), from, zone);
    }

    private record Lookup(Function<String, Optional<String>> properties, Function<String, String> environment) {

        Optional<String> optional(String key) {
            Optional<String> value = properties.apply(key)
                    .or(() -> Optional.ofNullable(environment.apply(environmentName(key))));
            return value.map(String::strip).filter(v -> !v.isEmpty());
        }

        String text(String key) {
            return optional(key).orElseThrow(() -> new IllegalArgumentException("setting " + key + " is missing"));
        }

        long number(String key, long max) {
            String value = text(key);
            try {
                long number = Long.parseLong(value);
                if (number <= 0 || number > max) {
                    throw new NumberFormatException("out of range");
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting " + key + " must be a positive whole number up to " + max + ", not '" + value + "'", e);
            }
        }

        int port(String key, String protocol) {
            return optional(key).isPresent() ? (int) number(key, 65535) : PORTS.get(protocol);
        }
    }

    /** {@code nianbao.mail[0].password} → {@code NIANBAO_MAIL_0_PASSWORD}. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
