package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mailboxes and receipts read from settings and the environment; a wrong setting stops start-up with its name. */
class MailSettingsTest {

    private final Map<String, String> properties = new HashMap<>(Map.of(
            "nianbao.mail.poll-delay-ms", "60000",
            "nianbao.mail.fetch-size-bytes", "1048576",
            "nianbao.mail.max-message-bytes", "104857600"));
    private final Map<String, String> environment = new HashMap<>();

    private MailSettings read() {
        return MailSettings.from(key -> Optional.ofNullable(properties.get(key)), environment::get);
    }

    @Test
    void noMailboxConfiguredMeansNoMailbox() {
        MailSettings settings = read();
        assertEquals(List.of(), settings.mailboxes());
        assertFalse(settings.receipts().enabled());
    }

    @Test
    void numberedMailboxesWithDefaultsAndThePasswordFromTheEnvironment() {
        properties.put("nianbao.mail[0].host", "imap.example.gov.cn");
        properties.put("nianbao.mail[0].username", "nianbao");
        environment.put("NIANBAO_MAIL_0_PASSWORD", "from-env");
        properties.put("nianbao.mail[2].host", "pop.example.gov.cn");
        properties.put("nianbao.mail[2].protocol", "POP3");
        properties.put("nianbao.mail[2].username", "second");
        properties.put("nianbao.mail[2].after", "delete");
        properties.put("nianbao.mail[2].poll-delay-ms", "5000");

        List<Mailbox> mailboxes = read().mailboxes();

        assertEquals(2, mailboxes.size());
        Mailbox first = mailboxes.get(0);
        assertEquals(new Mailbox(0, "imaps", "imap.example.gov.cn", 993, "nianbao", "from-env", "INBOX", 60000,
                AfterHandling.SEEN, ""), first);
        assertEquals("ingest-mail-0", first.routeId());
        assertFalse(first.toString().contains("from-env"), "the password is never printed");
        Mailbox second = mailboxes.get(1);
        assertEquals(2, second.index());
        assertEquals(110, second.port());
        assertEquals(AfterHandling.DELETE, second.after());
        assertEquals(5000, second.pollDelayMs());
        assertTrue(second.isPop3());
    }

    @Test
    void wrongSettingsAreRefusedWithTheirName() {
        properties.put("nianbao.mail[0].host", "imap.example.gov.cn");
        properties.put("nianbao.mail[0].username", "nianbao");
        properties.put("nianbao.mail[0].after", "move");
        assertTrue(assertThrows(IllegalArgumentException.class, this::read).getMessage().contains("nianbao.mail[0].move-to"));

        properties.put("nianbao.mail[0].after", "archive");
        assertTrue(assertThrows(IllegalArgumentException.class, this::read).getMessage().contains("nianbao.mail[0].after"));

        properties.put("nianbao.mail[0].after", "seen");
        properties.put("nianbao.mail[0].port", "99999");
        assertTrue(assertThrows(IllegalArgumentException.class, this::read).getMessage().contains("nianbao.mail[0].port"));

        properties.remove("nianbao.mail[0].port");
        properties.put("nianbao.mail.receipts", "true");
        assertTrue(assertThrows(IllegalArgumentException.class, this::read).getMessage().contains("nianbao.mail.receipts.from"));

        properties.remove("nianbao.mail.receipts");
        properties.remove("nianbao.mail[0].host");
        assertTrue(assertThrows(IllegalArgumentException.class, this::read).getMessage().contains("nianbao.mail[0].host"));
    }

    @Test
    void environmentNamesHaveNoBrackets() {
        assertEquals("NIANBAO_MAIL_12_MOVE_TO", MailSettings.environmentName("nianbao.mail[12].move-to"));
        assertEquals("NIANBAO_MAIL_RECEIPTS_PASSWORD", MailSettings.environmentName("nianbao.mail.receipts.password"));
    }
}
