package org.nianbao.mail;

/** The two records the mail channel keeps beside the archive: handled messages and messages without a report. */
public record MailRecords(HandledMessages handled, IgnoredMessages ignored) {
}
