package org.nianbao.mail;

import java.util.Locale;

/** What happens to a message on the mail server once everything in it is stored. */
public enum AfterHandling {
    /** Flagged seen and left where it is (IMAP); only unseen messages are fetched. */
    SEEN,
    /** Moved to another folder of the mailbox (IMAP). */
    MOVE,
    /** Deleted from the server (the only choice that empties a POP3 mailbox). */
    DELETE;

    static AfterHandling parse(String setting, String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting " + setting + " must be seen, move or delete, not '" + value + "'", e);
        }
    }
}
