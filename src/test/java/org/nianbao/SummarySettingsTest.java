package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SummarySettingsTest {

    private static SummarySettings read(Map<String, String> overrides) throws Exception {
        Properties defaults = new Properties();
        try (var in = SummarySettingsTest.class.getResourceAsStream("/application.properties")) {
            defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> all = new HashMap<>();
        defaults.forEach((k, v) -> all.put((String) k, (String) v));
        all.putAll(overrides);
        return SummarySettings.from(key -> Optional.ofNullable(all.get(key)), Path.of("data"));
    }

    @Test
    void theDefaultsAreTheEmbeddedIndexTheOutboxAndNoMail() throws Exception {
        SummarySettings settings = read(Map.of());

        assertEquals("jdbc:h2:file:./data/index", settings.index().url());
        assertEquals(Path.of("outbox"), settings.outbox());
        assertEquals(Path.of("rosters"), settings.rosters());
        assertEquals(Duration.ofSeconds(30), settings.quietPeriod());
        assertEquals(Optional.of(LocalTime.of(2, 30)), settings.rebuildAllAt());
        assertEquals("", settings.mail().to());
        assertEquals("smtp://localhost:25", settings.mail().endpoint());
    }

    @Test
    void aPostgresIndexAndAnAbsoluteDataFolder() throws Exception {
        SummarySettings settings = read(Map.of(SummarySettings.INDEX_URL, "jdbc:postgresql://db/nianbao",
                SummarySettings.INDEX_USER, "nianbao", SummarySettings.INDEX_PASSWORD, "s3cret"));

        assertEquals("jdbc:postgresql://db/nianbao", settings.index().url());
        assertEquals("nianbao", settings.index().user());
        assertTrue(!settings.index().toString().contains("s3cret"));
        assertEquals("jdbc:h2:file:/srv/nianbao/data/index", SummarySettings.h2In(Path.of("/srv/nianbao/data")));
    }

    @Test
    void anEmptyTimeTurnsTheScheduledRebuildOff() throws Exception {
        assertEquals(Optional.empty(), read(Map.of(SummarySettings.REBUILD_ALL_AT, "")).rebuildAllAt());
    }

    @Test
    void malformedSettingsNameThemselves() {
        IllegalArgumentException quiet = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of(SummarySettings.QUIET_SECONDS, "soon")));
        assertTrue(quiet.getMessage().contains(SummarySettings.QUIET_SECONDS), quiet.getMessage());
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of(SummarySettings.REBUILD_ALL_AT, "2am")));
        assertTrue(time.getMessage().contains("02:30"), time.getMessage());
    }

    @Test
    void theMailLoginStaysOutOfTheEndpointAndTheLog() throws Exception {
        SummarySettings settings = read(Map.of(SummarySettings.MAIL_TO, "office@example.org",
                SummarySettings.SMTP_USERNAME, "nianbao", SummarySettings.SMTP_PASSWORD, "s3cret"));

        assertEquals("smtp://localhost:25", settings.mail().endpoint());
        assertTrue(!settings.mail().toString().contains("s3cret"), settings.mail().toString());
    }
}
