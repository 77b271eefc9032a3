package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The number of inbox workers: the setting, or one per available processor when it is empty. */
class InboxThreadsTest {

    @Test
    void emptyMeansOnePerProcessor() {
        assertEquals(Runtime.getRuntime().availableProcessors(), AppConfiguration.inboxThreads(Optional.of(" ")));
        assertEquals(Runtime.getRuntime().availableProcessors(), AppConfiguration.inboxThreads(Optional.empty()));
    }

    @Test
    void aPositiveNumberIsTaken() {
        assertEquals(3, AppConfiguration.inboxThreads(Optional.of("3")));
    }

    @Test
    void zeroOrTextStopsStartUpNamingTheSetting() {
        for (String wrong : new String[] {"0", "-2", "four"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AppConfiguration.inboxThreads(Optional.of(wrong)));
            assertTrue(e.getMessage().contains("nianbao.inbox.threads") && e.getMessage().contains("'" + wrong + "'"),
                    e.getMessage());
        }
    }
}
