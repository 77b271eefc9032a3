package org.nianbao.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console's users, one per line: {@code name<TAB>role<TAB>hash}; lines starting with {@code #} are
 * comments. Read again at every login, so a user added with {@code user add} can log in at once.
 */
public final class UserFile {

    private final Path file;

    public UserFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    public Optional<User> find(String name) throws IOException {
        return Optional.ofNullable(read().get(name));
    }

    /** Every user by name; a file that does not exist holds none. A malformed line stops with its number. */
    public Map<String, User> read() throws IOException {
        Map<String, User> users = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return users;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            Optional<Role> role = parts.length == 3 ? Role.of(parts[1]) : Optional.empty();
            if (role.isEmpty() || !User.validName(parts[0])) {
                throw new IOException(file + " line " + (i + 1) + " is not 'name<TAB>viewer|editor<TAB>hash'");
            }
            users.put(parts[0], new User(parts[0], role.get(), parts[2]));
        }
        return users;
    }

    /** Adds the user, or replaces the role and password of a user of that name; the file is replaced whole. */
    public void put(String name, Role role, char[] password) throws IOException {
        if (!User.validName(name)) {
            throw new IllegalArgumentException("a user name is 1-64 letters, digits, '.', '-' or '_'");
        }
        Map<String, User> users = read();
        users.put(name, new User(name, role, PasswordHash.hash(password)));
        List<String> lines = new ArrayList<>();
        lines.add("# nianbao console users: name<TAB>role<TAB>PBKDF2 hash; add one with: java -jar nianbao.jar user add NAME --role editor|viewer");
        users.values().forEach(u -> lines.add(u.name() + "\t" + u.role().key() + "\t" + u.passwordHash()));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".users", ".tmp");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
