package org.nianbao.mail;

/**
 * One mailbox the service reads reports from.
 *
 * @param index the number in its settings ({@code nianbao.mail[0].host} is mailbox 0)
 * @param protocol imap, imaps, pop3 or pop3s
 * @param password the password, or empty for a server without login
 * @param pollDelayMs milliseconds between two looks at the mailbox
 * @param moveTo the folder handled messages are moved to, for {@link AfterHandling#MOVE}; else empty
 */
public record Mailbox(int index, String protocol, String host, int port, String username, String password,
                      String folder, long pollDelayMs, AfterHandling after, String moveTo) {

    /** The id of this mailbox's route. */
    public String routeId() {
        return "ingest-mail-" + index;
    }

    /** How records and logs name the mailbox: {@code user@host/folder}, never with the password. */
    public String name() {
        return username + "@" + host + "/" + folder;
    }

    public boolean isPop3() {
        return protocol.startsWith("pop3");
    }

    @Override
    public String toString() {
        return "Mailbox[" + index + " " + protocol + "://" + username + "@" + host + ":" + port + "/" + folder + ", after " + after + "]";
    }
}
