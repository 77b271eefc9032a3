package org.nianbao.mail;

import java.time.ZoneId;

/**
 * How receipts are sent: whether at all, and the SMTP server and sender address they go out with.
 *
 * @param protocol smtp or smtps
 * @param username the SMTP login, or empty for a server that relays without one
 * @param zone the time zone the receipt shows the sending time in
 */
public record ReceiptSettings(boolean enabled, String protocol, String host, int port, String username, String password,
                              String from, ZoneId zone) {

    @Override
    public String toString() {
        return "ReceiptSettings[" + (enabled ? "on" : "off") + " " + protocol + "://" + host + ":" + port + " from " + from + "]";
    }
}
