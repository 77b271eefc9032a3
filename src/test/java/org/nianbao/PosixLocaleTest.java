package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Json;

/**
 * Under a POSIX locale ({@code LANG=C}, common under init systems, cron and minimal containers) the JVM
 * can make no file name with Chinese characters: the service and {@code convert} refuse to start with
 * one line that says what to set, and work once it is set. Each case is a child JVM with that locale.
 */
class PosixLocaleTest {

    private static final Path HTML = Path.of("src/test/resources/fixtures/html/sources/syn-001-371300-2020.html");

    @TempDir
    Path base;

    @Test
    void underThePosixLocaleTheServiceAndConvertRefuseWithOneLineNamingTheSetting() throws Exception {
        Path report = Files.copy(HTML, base.resolve("年报.html"));
        ChildJvm.Result convert = run("C", "convert", report.toString());
        assertEquals(2, convert.status(), convert.stderr());
        assertOneLineNamingTheSetting(convert.stderr());
        assertEquals("", convert.stdout());

        ChildJvm.Result service = run("C", "run");
        assertEquals(2, service.status(), service.stderr());
        assertOneLineNamingTheSetting(service.stderr());
        assertFalse(Files.exists(base.resolve("inbox")), "nothing is created");
    }

    @Test
    void withTheSettingTheSameChineseNameConverts() throws Exception {
        Path report = Files.copy(HTML, base.resolve("年报.html"));
        ChildJvm.Result convert = run("C.UTF-8", "convert", report.toString());
        assertEquals(0, convert.status(), convert.stderr());
        JsonNode json = Json.mapper().readTree(convert.stdout());
        assertEquals("年报.html", json.path("source").path("fileName").asText());
        assertEquals("371300", json.path("report").path("region").path("code").asText());
    }

    private static void assertOneLineNamingTheSetting(String stderr) {
        List<String> lines = stderr.lines().toList();
        assertEquals(1, lines.size(), stderr);
        assertTrue(lines.get(0).contains("LC_ALL=C.UTF-8"), stderr);
        assertTrue(lines.get(0).contains("ANSI_X3.4-1968"), stderr);
    }

    private ChildJvm.Result run(String locale, String... args) throws IOException, InterruptedException {
        return new ChildJvm(base, locale).run(args);
    }
}
