package org.nianbao.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fixtures' MANIFEST.tsv: one row per input file with its claimed format, quirks and expected outcome. */
public record Manifest(String file, String format, String template, String agency, String regionCode, String year,
                List<String> quirks, List<String> truthFiles, String expectedOutcome) {

    /** The rows, read once per test run (the file is fixed test data). */
    public static List<Manifest> rows() {
        return Rows.ALL;
    }

    private static final class Rows {
        static final List<Manifest> ALL = read();

        private static List<Manifest> read() {
            try {
                List<String> lines = Files.readAllLines(GoldenTest.FIXTURES.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
                return lines.stream().skip(1).filter(l -> !l.isBlank()).map(Manifest::parse).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Manifest parse(String line) {
        String[] c = line.split("\t", -1);
        return new Manifest(c[0], c[1], c[2], c[3], c[4], c[5], Arrays.asList(c[6].split(";")),
                c[7].equals("-") ? List.of() : Arrays.asList(c[7].split(";")), c[8]);
    }

    /** The fixture file: {@code fixtures/<folder>/sources/<name>}. */
    public Path path() {
        String[] parts = file.split("/", 2);
        return GoldenTest.FIXTURES.resolve(parts[0]).resolve("sources").resolve(parts[1]);
    }

    Optional<String> quirk(String key) {
        return quirks.stream().filter(q -> q.startsWith(key + "=")).map(q -> q.substring(key.length() + 1)).findFirst();
    }

    /** The failure reasons the row accepts ("failed:nesting-too-deep-or-not-a-report" accepts either). */
    List<String> acceptedFailures() {
        String reason = expectedOutcome.substring("failed:".length()).split(" ")[0];
        return reason.contains("-or-") ? Arrays.asList(reason.split("-or-")) : List.of(reason);
    }
}
