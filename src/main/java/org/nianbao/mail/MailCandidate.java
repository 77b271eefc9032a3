package org.nianbao.mail;

/**
 * A document found in a message that may be a report: an attachment (also one inside a forwarded
 * message), or a message body.
 *
 * @param bytes the decoded content (transfer encoding removed)
 * @param fileName the decoded attachment name; null for a body and for an attachment sent without a name
 * @param mediaType the media type the sender declared, in lower case, e.g. {@code application/octet-stream}
 * @param body true for a message body, false for an attachment
 */
public record MailCandidate(byte[] bytes, String fileName, String mediaType, boolean body) {

    /** How a person recognises this part in a receipt or a log line. */
    public String label() {
        if (body) {
            return "邮件正文";
        }
        return fileName == null ? "未命名附件（" + mediaType + "）" : "附件“" + fileName + "”";
    }
}
