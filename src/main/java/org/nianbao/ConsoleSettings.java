package org.nianbao;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Settings of the web console, read like {@link Settings}. The address and port themselves are handed to
 * camel-main's HTTP server ({@code camel.server.host}/{@code port} in application.properties).
 */
public record ConsoleSettings(boolean enabled, Path users, Optional<Integer> homeYear, Duration sessionIdle, ZoneId zone) {

    public static final String ENABLED = "nianbao.console.enabled";
    public static final String HOST = "nianbao.console.host";
    public static final String PORT = "nianbao.console.port";
    public static final String USERS = "nianbao.console.users";
    public static final String HOME_YEAR = "nianbao.console.home-year";
    public static final String SESSION_MINUTES = "nianbao.console.session-minutes";
    public static final String TIME_ZONE = "nianbao.console.time-zone";

    /** {@code data} is the service's data folder: the users file defaults to {@code <data>/console-users.txt}. */
    public static ConsoleSettings from(Function<String, Optional<String>> properties, Path data) {
        Function<String, String> text = key -> properties.apply(key).map(String::strip).orElse("");
        String users = text.apply(USERS);
        String year = text.apply(HOME_YEAR);
        if (!year.isEmpty() && !year.matches("\\d{4}")) {
            throw new IllegalArgumentException("setting " + HOME_YEAR + " must be a year like 2023, not '" + year + "'");
        }
        String minutes = text.apply(SESSION_MINUTES);
        if (!minutes.matches("\\d{1,6}") || Integer.parseInt(minutes) == 0) {
            throw new IllegalArgumentException("setting " + SESSION_MINUTES + " must be a positive whole number, not '" + minutes + "'");
        }
        String zone = text.apply(TIME_ZONE);
        return new ConsoleSettings(!"false".equalsIgnoreCase(text.apply(ENABLED)),
                users.isEmpty() ? data.resolve("console-users.txt") : Path.of(users),
                year.isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(year)),
                Duration.ofMinutes(Integer.parseInt(minutes)), zone.isEmpty() ? ZoneId.of("Asia/Shanghai") : ZoneId.of(zone));
    }
}
