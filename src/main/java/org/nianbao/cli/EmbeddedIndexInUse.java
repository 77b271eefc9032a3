package org.nianbao.cli;

import java.sql.SQLException;
import org.nianbao.index.IndexSettings;

/**
 * Recognises H2's refusal to open a database file another process holds ("Database may be already in use",
 * error 90020): the running service keeps the embedded index open, and H2 lets one process open it.
 */
final class EmbeddedIndexInUse {

    /** H2's error code for a database file locked by another process. */
    static final int DATABASE_ALREADY_OPEN = 90020;

    private EmbeddedIndexInUse() {
    }

    static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    /** One line: what is locked, and the two ways out. */
    static String explain(IndexSettings index) {
        return "the embedded index " + index.url() + " is open in another process (the running service?);"
                + " H2 lets one process use it: stop the service and run this again, or keep the index in"
                + " PostgreSQL (nianbao.index.url) to summarize while the service runs";
    }
}
