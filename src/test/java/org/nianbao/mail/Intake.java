package org.nianbao.mail;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailProxy;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.nianbao.Settings;

/**
 * The office's intake mailbox on GreenMail's real IMAP server, and the settings that point the service at
 * it (with receipts going out through GreenMail's SMTP server).
 */
final class Intake {

    static final String ADDRESS = "nianbao@linyi.gov.cn";
    static final String OFFICE = "zwgk-receipts@linyi.gov.cn";
    private static final String LOGIN = "nianbao+intake@linyi.gov.cn";
    private static final String PASSWORD = "s3cret:pw@1";

    private final GreenMailProxy mail;
    private final GreenMailUser user;

    Intake(GreenMailProxy mail) {
        this.mail = mail;
        this.user = mail.setUser(ADDRESS, LOGIN, PASSWORD);
    }

    /** The service's settings for this mailbox: fast polling, receipts on, the fixtures' home region. */
    Properties settings() {
        Properties settings = new Properties();
        settings.setProperty(Settings.HOME_REGION, "371300");
        settings.setProperty("nianbao.mail[0].host", mail.getImap().getBindTo());
        settings.setProperty("nianbao.mail[0].protocol", "imap");
        settings.setProperty("nianbao.mail[0].port", String.valueOf(mail.getImap().getPort()));
        settings.setProperty("nianbao.mail[0].username", LOGIN);
        settings.setProperty("nianbao.mail[0].password", PASSWORD);
        settings.setProperty("nianbao.mail[0].poll-delay-ms", "100");
        settings.setProperty("nianbao.mail.receipts", "true");
        settings.setProperty("nianbao.mail.receipts.host", mail.getSmtp().getBindTo());
        settings.setProperty("nianbao.mail.receipts.port", String.valueOf(mail.getSmtp().getPort()));
        settings.setProperty("nianbao.mail.receipts.from", OFFICE);
        return settings;
    }

    /** Parses an .eml fixture and delivers it unchanged. */
    void deliver(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            deliver(new MimeMessage(Session.getInstance(new Properties()), in));
        }
    }

    void deliver(MimeMessage message) {
        user.deliver(message);
    }

    List<StoredMessage> messages() {
        return inbox().getMessages();
    }

    /** The messages in another folder of the mailbox; none when the folder does not exist. */
    List<StoredMessage> messagesIn(String folder) {
        MailFolder found = mail.getManagers().getImapHostManager().getFolder(user, folder);
        return found == null ? List.of() : found.getMessages();
    }

    boolean allSeen(int expected) {
        List<StoredMessage> messages = messages();
        return messages.size() == expected && messages.stream().allMatch(m -> m.getFlags().contains(Flags.Flag.SEEN));
    }

    /** The receipts that reached {@code address}'s mailbox on GreenMail. */
    List<MimeMessage> receiptsFor(String address) {
        return mail.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    private MailFolder inbox() {
        try {
            return mail.getManagers().getImapHostManager().getInbox(user);
        } catch (FolderException e) {
            throw new IllegalStateException("GreenMail has no inbox for " + ADDRESS, e);
        }
    }
}
