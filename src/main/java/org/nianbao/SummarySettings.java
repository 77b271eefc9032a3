package org.nianbao;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.index.IndexSettings;

/**
 * Settings of the archive index and the regional summaries, read like {@link Settings}. An empty index URL
 * means the embedded H2 database in the data folder ({@code jdbc:h2:file:./data/index} by default).
 */
public record SummarySettings(
        IndexSettings index,
        Path outbox,
        Path rosters,
        Duration quietPeriod,
        Duration maxWait,
        Optional<LocalTime> rebuildAllAt,
        Mail mail) {

    public static final String INDEX_URL = "nianbao.index.url";
    public static final String INDEX_USER = "nianbao.index.user";
    public static final String INDEX_PASSWORD = "nianbao.index.password";
    public static final String OUTBOX = "nianbao.outbox";
    public static final String ROSTERS = "nianbao.rosters";
    public static final String QUIET_SECONDS = "nianbao.summary.quiet-seconds";
    public static final String MAX_WAIT_SECONDS = "nianbao.summary.max-wait-seconds";
    public static final String REBUILD_ALL_AT = "nianbao.summary.rebuild-all-at";
    public static final String MAIL_TO = "nianbao.summary.mail.to";
    public static final String MAIL_FROM = "nianbao.summary.mail.from";
    public static final String SMTP_HOST = "nianbao.summary.mail.smtp-host";
    public static final String SMTP_PORT = "nianbao.summary.mail.smtp-port";
    public static final String SMTP_USERNAME = "nianbao.summary.mail.username";
    public static final String SMTP_PASSWORD = "nianbao.summary.mail.password";

    /** Where summaries are mailed; {@code to} empty: not mailed. */
    public record Mail(String to, String from, String host, int port, String username, String password) {

        /** The camel-mail endpoint; the login is set on the component, so no password is ever in a URI or log. */
        public String endpoint() {
            return "smtp://" + host + ":" + port;
        }

        /** Never prints the password, so the settings can be logged. */
        @Override
        public String toString() {
            return to.isEmpty() ? "not mailed" : "to " + to + " via " + host + ":" + port;
        }
    }

    public static SummarySettings from(Function<String, Optional<String>> properties, Path data) {
        Function<String, String> text = key -> properties.apply(key).map(String::strip).orElse("");
        String url = text.apply(INDEX_URL);
        IndexSettings index = new IndexSettings(url.isEmpty() ? h2In(data) : url, text.apply(INDEX_USER),
                properties.apply(INDEX_PASSWORD).orElse(""));
        Mail mail = new Mail(text.apply(MAIL_TO), text.apply(MAIL_FROM), required(text, SMTP_HOST),
                (int) positive(text, SMTP_PORT), text.apply(SMTP_USERNAME), properties.apply(SMTP_PASSWORD).orElse(""));
        return new SummarySettings(index, Path.of(required(text, OUTBOX)), Path.of(required(text, ROSTERS)),
                Duration.ofSeconds(positive(text, QUIET_SECONDS)), Duration.ofSeconds(positive(text, MAX_WAIT_SECONDS)),
                timeOfDay(text.apply(REBUILD_ALL_AT)), mail);
    }

    /** H2 wants a relative path spelled {@code ./data/index}, never {@code data/index}. */
    static String h2In(Path data) {
        Path file = data.resolve("index");
        return "jdbc:h2:file:" + (file.isAbsolute() ? file.toString() : "./" + file);
    }

    private static String required(Function<String, String> text, String key) {
        String value = text.apply(key);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("setting " + key + " is missing; application.properties lists it with its default");
        }
        return value;
    }

    private static long positive(Function<String, String> text, String key) {
        String value = required(text, key);
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a positive whole number, not '" + value + "'", e);
        }
        throw new IllegalArgumentException("setting " + key + " must be a positive whole number, not '" + value + "'");
    }

    private static Optional<LocalTime> timeOfDay(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("setting " + REBUILD_ALL_AT + " must be a time of day like 02:30, not '"
                    + value + "'", e);
        }
    }
}
