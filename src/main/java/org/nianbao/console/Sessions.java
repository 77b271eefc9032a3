package org.nianbao.console;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions in memory: 256-bit random ids and CSRF tokens; a session ends after {@code idle} without use. */
public final class Sessions {

    public static final String COOKIE = "nianbao_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;

    public Sessions(Duration idle, Clock clock) {
        this.idle = idle;
        this.clock = clock;
    }

    public Session open(User user) {
        Session session = new Session(token(), user.name(), user.role(), token(), clock.instant().plus(idle));
        byId.put(session.id(), session);
        return session;
    }

    /** The live session of this id, its end moved forward; an expired one is removed. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(session.expiresAt())) {
            byId.remove(id);
            return Optional.empty();
        }
        Session renewed = new Session(session.id(), session.user(), session.role(), session.csrfToken(),
                clock.instant().plus(idle));
        byId.put(id, renewed);
        return Optional.of(renewed);
    }

    public void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Whether a form's token is this session's, compared in constant time. */
    public static boolean csrfMatches(Session session, String token) {
        return token != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
