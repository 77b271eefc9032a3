package org.nianbao.model;

/** Where the bytes of a report came from. */
public record Source(
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String channel,
        String receivedAt,
        MailOrigin mail) {
}
