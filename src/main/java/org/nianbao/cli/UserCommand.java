package org.nianbao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nianbao.console.Role;
import org.nianbao.console.User;
import org.nianbao.console.UserFile;

/**
 * {@code user add NAME --role editor|viewer}: asks for the password (twice at a terminal; the first line
 * of standard input otherwise) and writes the user with its PBKDF2 hash into the console's users file.
 * Exit codes: 0 written, 1 the file cannot be written, 2 wrong arguments or password.
 */
public final class UserCommand {

    /** Where the password comes from: the terminal without echo, or standard input. */
    public interface PasswordSource {
        Optional<char[]> read(String prompt) throws IOException;
    }

    private final UserFile users;
    private final PasswordSource passwords;
    private final PrintStream out;
    private final PrintStream err;

    public UserCommand(UserFile users, PasswordSource passwords, PrintStream out, PrintStream err) {
        this.users = users;
        this.passwords = passwords;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        if (args.size() != 4 || !args.get(0).equals("add") || !args.get(2).equals("--role")) {
            err.println("usage: user add NAME --role editor|viewer");
            return 2;
        }
        String name = args.get(1);
        Optional<Role> role = Role.of(args.get(3));
        if (!User.validName(name) || role.isEmpty()) {
            err.println("a user name is 1-64 letters, digits, '.', '-' or '_'; the role is editor or viewer");
            return 2;
        }
        try {
            Optional<char[]> password = passwords.read("password for " + name + ": ");
            if (password.isEmpty() || password.get().length < 8) {
                err.println("the password must have at least 8 characters");
                return 2;
            }
            users.put(name, role.get(), password.get());
            Arrays.fill(password.get(), '\0');
            out.println("user " + name + " (" + role.get().key() + ") written to " + users.path().toAbsolutePath());
            return 0;
        } catch (IOException e) {
            err.println("cannot write " + users.path() + ": " + e.getMessage());
            return 1;
        }
    }

    /** The terminal (asked twice, without echo) when there is one, else the first line of {@code stdin}. */
    public static PasswordSource interactive(BufferedReader stdin, PrintStream err) {
        return prompt -> {
            java.io.Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("%s", prompt);
                char[] again = console.readPassword("again: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    err.println("the two passwords differ");
                    return Optional.empty();
                }
                return Optional.of(first);
            }
            String line = stdin.readLine();
            return line == null ? Optional.empty() : Optional.of(line.toCharArray());
        };
    }
}
