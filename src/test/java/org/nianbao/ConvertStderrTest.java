package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} in its own JVM: the libraries' remarks on real-world files stay off standard error. */
class ConvertStderrTest {

    @TempDir
    Path base;

    @Test
    void wordDocumentsConvertWithoutLibraryWarnings() throws Exception {
        Path sources = Path.of("src/test/resources/fixtures/doc/sources").toAbsolutePath();
        List<String> docs;
        try (var files = Files.list(sources)) {
            docs = files.map(Path::toString).filter(name -> name.endsWith(".doc")).sorted().toList();
        }
        assertEquals(3, docs.size());
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("convert"),
                java.util.stream.Stream.concat(docs.stream(), java.util.stream.Stream.of("--out", "json"))).toArray(String[]::new);
        ChildJvm.Result result = new ChildJvm(base, "C.UTF-8").run(args);
        assertEquals(0, result.status(), result.stderr());
        assertTrue(result.stderr().lines().noneMatch(line -> line.contains(" WARN ") || line.contains("org.apache.poi")),
                result.stderr());
        try (var written = Files.list(base.resolve("json"))) {
            assertEquals(3, written.count());
        }
    }
}
