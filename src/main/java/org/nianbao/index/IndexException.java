package org.nianbao.index;

/** The index cannot be read or written: the database is unreachable, locked, or refused a statement. */
public final class IndexException extends Exception {

    private static final long serialVersionUID = 1L;

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexException(String message) {
        super(message);
    }
}
