package org.nianbao.mail;

import java.util.List;

/**
 * What a message holds that may be a report.
 *
 * @param attachments document attachments (PDF, DOCX, DOC or HTML by their bytes or their name), forwarded
 *        messages' included, in message order
 * @param bodies the readable body of the message and of each forwarded message (HTML preferred over plain
 *        text), in message order
 * @param ignored names of attachments that are not documents (images, signatures, spreadsheets...)
 * @param unreadable parts that could not be decoded, each with the reason
 */
public record UnpackedMessage(List<MailCandidate> attachments, List<MailCandidate> bodies, List<String> ignored,
                              List<String> unreadable) {

    /**
     * The parts to try as reports: the attachments; the bodies only when nothing is attached, since a body
     * beside an attached report is a covering note.
     */
    public List<MailCandidate> candidates() {
        return attachments.isEmpty() ? bodies : attachments;
    }
}
