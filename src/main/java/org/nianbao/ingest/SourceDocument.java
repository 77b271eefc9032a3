package org.nianbao.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.nianbao.model.MailOrigin;

/**
 * The bytes of one incoming document and where they came from. The SHA-256 of the bytes is the
 * report's identity everywhere (archive key, JSON {@code id}).
 *
 * @param fileName file or attachment name as received (decoded), or null for a mail body
 * @param declaredMediaType the media type the sender declared (mail part), or null
 * @param channel folder, mail, cli or http
 */
public record SourceDocument(
        byte[] bytes,
        String fileName,
        String declaredMediaType,
        String channel,
        Instant receivedAt,
        MailOrigin mail,
        String sha256) {

    public static final String FOLDER = "folder";
    public static final String MAIL = "mail";
    public static final String CLI = "cli";

    public static SourceDocument of(byte[] bytes, String fileName, String channel, Instant receivedAt) {
        return new SourceDocument(bytes, fileName, null, channel, receivedAt, null, sha256Hex(bytes));
    }

    public static SourceDocument fromMail(byte[] bytes, String fileName, String mediaType, Instant receivedAt, MailOrigin mail) {
        return new SourceDocument(bytes, fileName, mediaType, MAIL, receivedAt, mail, sha256Hex(bytes));
    }

    public long size() {
        return bytes.length;
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
