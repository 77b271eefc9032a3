package org.nianbao.console;

import java.util.Locale;
import java.util.Optional;

/** What a console user may do: a viewer reads and downloads, an editor also corrects and uploads. */
public enum Role {
    VIEWER("查看"),
    EDITOR("编辑");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String key) {
        for (Role role : values()) {
            if (role.key().equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
