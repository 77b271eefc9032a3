package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only the wiring imports Camel: everything else stays plain Java, callable from routes, the CLI and tests alike. */
class CamelBoundaryTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Set<String> WIRING = Set.of(
            "org/nianbao/App.java",
            "org/nianbao/AppConfiguration.java",
            "org/nianbao/SummaryConfiguration.java",
            "org/nianbao/ConsoleConfiguration.java",
            "org/nianbao/ConsoleServerStart.java",
            "org/nianbao/IndexCatchUp.java",
            "org/nianbao/WarmUp.java");

    @Test
    void onlyTheWiringClassesImportCamel() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(CamelBoundaryTest::mentionsCamel)
                    .map(p -> SOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !WIRING.contains(name))
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), offenders, "classes outside the wiring that use org.apache.camel");
    }

    @Test
    void theScanSeesTheWiring() {
        // Guards the scan itself: if it found nothing, the test above would pass vacuously.
        assertTrue(mentionsCamel(SOURCES.resolve("org/nianbao/AppConfiguration.java")));
    }

    private static boolean mentionsCamel(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains("org.apache.camel");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
