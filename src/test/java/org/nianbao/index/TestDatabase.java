package org.nianbao.index;

import java.nio.file.Path;
import java.sql.SQLException;

/** The databases every index and summary test runs against: each call gives a new, empty one. */
public enum TestDatabase {
    /** The default: an embedded H2 file database, here in the test's temporary folder. */
    H2 {
        @Override
        public IndexSettings create(Path folder) {
            return new IndexSettings("jdbc:h2:file:" + folder.resolve("index").toAbsolutePath(), "sa", "");
        }
    },
    /** A real PostgreSQL server started by the tests themselves (see {@link PostgresServer}). */
    POSTGRESQL {
        @Override
        public IndexSettings create(Path folder) throws SQLException {
            return PostgresServer.shared().newDatabase();
        }
    };

    public abstract IndexSettings create(Path folder) throws SQLException;
}
