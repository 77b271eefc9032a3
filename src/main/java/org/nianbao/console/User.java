package org.nianbao.console;

/** A console user: a name, a role and the PBKDF2 hash of the password. */
public record User(String name, Role role, String passwordHash) {

    /** Letters, digits, dot, dash and underscore, 1–64 characters: a name safe in a file line and a page. */
    public static boolean validName(String name) {
        return name != null && name.matches("[A-Za-z0-9._-]{1,64}");
    }
}
