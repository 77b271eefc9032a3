package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console is on by default on 127.0.0.1 at the configured port, and can be switched off. */
class ConsoleSwitchTest {

    @TempDir
    Path base;

    @Test
    void theConsoleAnswersOnItsPortAndIsOffWhenSwitchedOff() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int port = RunningService.freePort();
        Properties on = new Properties();
        on.setProperty(ConsoleSettings.PORT, Integer.toString(port));
        try (RunningService service = RunningService.start(base.resolve("on"), new AppConfiguration(), on)) {
            var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(), BodyHandlers.ofString());
            assertEquals("application/json; charset=utf-8", health.headers().firstValue("Content-Type").orElse(""));
            var page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(), BodyHandlers.ofString());
            assertEquals(303, page.statusCode());
            assertEquals("/login?next=%2F", page.headers().firstValue("Location").orElse(""));
        }
        Properties off = new Properties();
        off.setProperty(ConsoleSettings.PORT, Integer.toString(port));
        off.setProperty(ConsoleSettings.ENABLED, "false");
        try (RunningService service = RunningService.start(base.resolve("off"), new AppConfiguration(), off)) {
            assertEquals(ServiceStatus.Started, service.context().getRouteController().getRouteStatus("ingest-inbox"));
            assertThrows(ConnectException.class, () -> http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/health")).build(), BodyHandlers.ofString()));
        }
    }
}
