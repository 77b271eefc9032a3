package org.nianbao.index;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where the index lives: any JDBC URL with its user and password. The default is an embedded H2 file
 * database under {@code ./data}; a PostgreSQL URL ({@code jdbc:postgresql://host/db}) works the same way.
 */
public record IndexSettings(String url, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/index";

    public IndexSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the index needs a JDBC URL, e.g. " + DEFAULT_URL);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded H2 database in {@code ./data/index.mv.db}. */
    public static IndexSettings defaults() {
        return new IndexSettings(DEFAULT_URL, "sa", "");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Never prints the password, so the settings can be logged. */
    @Override
    public String toString() {
        return url + " (user " + (user.isEmpty() ? "-" : user) + ")";
    }
}
