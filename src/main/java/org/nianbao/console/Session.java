package org.nianbao.console;

import java.time.Instant;

/** A logged-in user's session: its random id (the cookie), the CSRF token its forms carry, and when it ends. */
public record Session(String id, String user, Role role, String csrfToken, Instant expiresAt) {

    public boolean editor() {
        return role == Role.EDITOR;
    }
}
