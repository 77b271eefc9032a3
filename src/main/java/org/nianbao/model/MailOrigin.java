package org.nianbao.model;

/** Provenance of a report that arrived by mail (the outer message when forwarded). */
public record MailOrigin(String messageId, String from, String subject, String sentAt) {
}
