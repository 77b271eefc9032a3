package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line of nianbao.jar, with the standard pipeline. */
class AppTest {

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return new App(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8))
                .run(args);
    }

    @Test
    void helpPrintsUsage() throws Exception {
        assertEquals(0, run("--help"));
        String usage = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("convert FILE|DIR... [--out DIR] [--threads N] [--resume]"), usage);
        assertTrue(usage.contains("export [--from DIR] --out DIR"), usage);
        assertTrue(usage.contains("run "), usage);
    }

    @Test
    void anUnknownCommandPrintsUsageAndExitsTwo() throws Exception {
        assertEquals(2, run("summarise"));
        String error = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(error.startsWith("unknown command: summarise"), error);
        assertTrue(error.contains("usage:"), error);
    }

    @Test
    void convertRunsTheStandardPipeline() throws Exception {
        String empty = "src/test/resources/fixtures/bad/sources/empty.pdf";
        assertEquals(1, run("convert", empty));
        assertEquals(empty + ": empty-file: the file is empty (0 bytes)", stderr.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void convertWithoutFilesIsAUsageError() throws Exception {
        assertEquals(2, run("convert"));
    }
}
