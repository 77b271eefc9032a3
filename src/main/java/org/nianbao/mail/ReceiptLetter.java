package org.nianbao.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.Properties;
import org.nianbao.ingest.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receipt a sender gets for a handled message, as a ready-to-send mail (the route hands it to the SMTP
 * endpoint unchanged). It is marked {@code Auto-Submitted: auto-replied} (RFC 3834) and refers to the
 * received message, and it is never sent to automatic mail, to a message handled before, or to the
 * service's own address, so two auto-responders cannot answer each other forever.
 */
public final class ReceiptLetter {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptLetter.class);

    private final boolean enabled;
    private final String fromAddress;
    private final ZoneId zone;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param enabled whether receipts are sent at all
     * @param fromAddress the service's own address, the receipts' sender
     * @param zone the time zone the sending time is shown in
     */
    public ReceiptLetter(boolean enabled, String fromAddress, ZoneId zone, Clock clock) {
        this.enabled = enabled;
        this.fromAddress = fromAddress;
        this.zone = zone;
        this.clock = clock;
    }

    /** Whether this message's sender gets a receipt. */
    public boolean isDue(MailOutcome outcome) {
        MessageEnvelope envelope = outcome.envelope();
        if (!enabled || outcome.alreadyHandled() || envelope.automated() || envelope.replyAddress() == null
                || envelope.replyAddress().equalsIgnoreCase(fromAddress)) {
            return false;
        }
        try {
            new InternetAddress(envelope.replyAddress(), true);
            return true;
        } catch (AddressException e) {
            LOG.warn("no receipt for message {}: the reply address '{}' is not valid ({})",
                    LogText.escape(envelope.messageId()), LogText.escape(envelope.replyAddress()), LogText.escape(e.getMessage()));
            return false;
        }
    }

    /** The receipt for {@code outcome}, addressed to its sender. */
    public MimeMessage compose(MailOutcome outcome) throws MessagingException {
        MessageEnvelope envelope = outcome.envelope();
        MimeMessage letter = new MimeMessage(session);
        letter.setFrom(new InternetAddress(fromAddress, true));
        letter.setRecipient(Message.RecipientType.TO, new InternetAddress(envelope.replyAddress(), true));
        letter.setSubject("回执：" + (envelope.subject() == null ? "年度报告" : envelope.subject()), StandardCharsets.UTF_8.name());
        letter.setText(ReceiptText.of(outcome, zone), StandardCharsets.UTF_8.name());
        letter.setHeader("Auto-Submitted", "auto-replied");
        if (envelope.messageId() != null) {
            letter.setHeader("In-Reply-To", envelope.messageId());
            letter.setHeader("References", envelope.messageId());
        }
        letter.setSentDate(Date.from(clock.instant()));
        letter.saveChanges();
        return letter;
    }
}
