package org.nianbao.archive;

/**
 * The content of a {@code .reason.json} file beside a document that could not be converted.
 *
 * @param code the lower-case failure code, e.g. {@code not-a-pdf}
 * @param message one line a person can act on
 * @param fileName the name as received, or null for a mail body
 * @param sha256 lowercase hex SHA-256 of the original bytes
 * @param time ISO-8601 instant the failure was recorded
 */
public record FailureReason(String code, String message, String fileName, String sha256, String time) {
}
