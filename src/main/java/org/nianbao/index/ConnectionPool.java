package org.nianbao.index;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few open connections to the index, reused instead of opened for every call. An embedded H2 database is
 * closed (with a sync) whenever its last connection closes, so opening one per document costs more than
 * converting it; a PostgreSQL connection costs a handshake. A connection that failed in use is closed, never
 * handed out again, and an idle one is checked before reuse, so the pool recovers by itself once a database
 * that went away is back. While any connection is open, the embedded H2 file is locked against other processes.
 */
final class ConnectionPool implements AutoCloseable {

    /** Work done on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);
    private static final int VALIDATION_SECONDS = 2;
    private static final long WAIT_SECONDS = 60;

    private final IndexSettings settings;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(IndexSettings settings, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a connection pool needs at least one connection, not " + size);
        }
        this.settings = settings;
        this.permits = new Semaphore(size, true);
    }

    /** Runs {@code work} on a pooled connection; a connection on which it threw is closed, not reused. */
    <T> T with(Work<T> work) throws SQLException {
        acquire();
        Connection connection = null;
        boolean healthy = false;
        try {
            connection = take();
            T result = work.on(connection);
            healthy = true;
            return result;
        } finally {
            giveBack(connection, healthy);
            permits.release();
        }
    }

    private void acquire() throws SQLException {
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("no index connection became free within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for an index connection", e);
        }
    }

    private Connection take() throws SQLException {
        while (true) {
            Connection candidate;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("the index is closed");
                }
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                return settings.connect();
            }
            if (usable(candidate)) {
                return candidate;
            }
            quietlyClose(candidate);
        }
    }

    private static boolean usable(Connection connection) {
        try {
            return connection.isValid(VALIDATION_SECONDS) && connection.getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    private void giveBack(Connection connection, boolean healthy) throws SQLException {
        if (connection == null) {
            return;
        }
        boolean keep;
        synchronized (this) {
            keep = healthy && !closed;
            if (keep) {
                idle.addFirst(connection);
            }
        }
        if (!keep) {
            closeRecordingFailure(connection, healthy);
        }
    }

    /** A connection given up after an error may fail to close too; that second error must not hide the first. */
    private static void closeRecordingFailure(Connection connection, boolean reportFailure) throws SQLException {
        try {
            connection.close();
        } catch (SQLException e) {
            if (reportFailure) {
                throw e;
            }
            LOG.debug("an index connection given up after an error could not be closed: {}", e.toString());
        }
    }

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // It was found broken already: closing it is only housekeeping, and a new connection replaces it.
            LOG.debug("a broken index connection could not be closed: {}", e.toString());
        }
    }

    /** Closes every idle connection; connections in use are closed when given back. */
    @Override
    public void close() throws SQLException {
        Deque<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        SQLException first = null;
        for (Connection connection : toClose) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
