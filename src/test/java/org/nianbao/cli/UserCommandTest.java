package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.console.PasswordHash;
import org.nianbao.console.Role;
import org.nianbao.console.User;
import org.nianbao.console.UserFile;

/** {@code user add NAME --role editor|viewer} writes the user with a PBKDF2 hash, never the password. */
class UserCommandTest {

    @TempDir
    Path base;

    private int run(UserFile users, String password, String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return new UserCommand(users, prompt -> Optional.ofNullable(password).map(String::toCharArray), out, out)
                .run(List.of(args));
    }

    @Test
    void addsAUserAndChangesItsRoleAndPassword() throws Exception {
        UserFile users = new UserFile(base.resolve("data/console-users.txt"));
        assertEquals(0, run(users, "first password", "add", "wang", "--role", "editor"));
        assertEquals(0, run(users, "other password", "add", "li", "--role", "viewer"));
        String file = Files.readString(users.path(), StandardCharsets.UTF_8);
        assertFalse(file.contains("first password"), "no password in the file");
        User wang = users.find("wang").orElseThrow();
        assertEquals(Role.EDITOR, wang.role());
        assertTrue(PasswordHash.matches("first password".toCharArray(), wang.passwordHash()));
        assertEquals(0, run(users, "second password", "add", "wang", "--role", "viewer"));
        wang = users.find("wang").orElseThrow();
        assertEquals(Role.VIEWER, wang.role());
        assertFalse(PasswordHash.matches("first password".toCharArray(), wang.passwordHash()));
        assertEquals(List.of("wang", "li"), List.copyOf(users.read().keySet()));
    }

    @Test
    void refusesBadNamesRolesAndShortPasswords() throws Exception {
        UserFile users = new UserFile(base.resolve("users.txt"));
        assertEquals(2, run(users, "long enough", "add", "../x", "--role", "editor"));
        assertEquals(2, run(users, "long enough", "add", "wang", "--role", "admin"));
        assertEquals(2, run(users, "short", "add", "wang", "--role", "editor"));
        assertEquals(2, run(users, null, "add", "wang", "--role", "editor"));
        assertEquals(2, run(users, "long enough", "add", "wang"));
        assertFalse(Files.exists(users.path()));
    }
}
