package org.nianbao.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;

/**
 * The corpus truth files of the report formats, as the service archives them: without the
 * {@code expectedFailingChecks} key, and the scans (MANIFEST quirk {@code scanned}) as they come out
 * without OCR: {@code partial}, every table null, no checks.
 */
public final class TruthFiles {

    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    public static final List<String> FORMATS = List.of("html", "docx", "doc", "pdf");

    /** One truth: its corpus name ({@code html/syn-011-371311-2020.html}) and its JSON tree. */
    public record Truth(String file, ObjectNode tree) {

        public AnnualReport report() {
            try {
                return Json.mapper().treeToValue(tree, AnnualReport.class);
            } catch (IOException e) {
                throw new UncheckedIOException(file + " does not read as a report", e);
            }
        }

        public String id() {
            return tree.path("id").asText();
        }

        public JsonNode meta() {
            return tree.path("report");
        }

        public String agency() {
            return meta().path("agency").asText();
        }
    }

    private TruthFiles() {
    }

    /** Every truth, by format in {@link #FORMATS} order, then by file name. */
    public static List<Truth> all() throws IOException {
        Set<String> scans = scans();
        List<Truth> truths = new ArrayList<>();
        for (String format : FORMATS) {
            for (Path file : files(FIXTURES.resolve(format).resolve("groundtruth"))) {
                String source = file.getFileName().toString().replaceFirst("\\.json$", "");
                truths.add(read(format + "/" + source, file, scans));
            }
        }
        return truths;
    }

    public static Truth named(String file) throws IOException {
        return all().stream().filter(t -> t.file().equals(file)).findFirst()
                .orElseThrow(() -> new IOException("no truth file for " + file));
    }

    private static Truth read(String name, Path file, Set<String> scans) throws IOException {
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        tree.remove("expectedFailingChecks");
        if (scans.contains(name)) {
            ObjectNode tables = tree.putObject("tables");
            tables.putNull("proactive");
            tables.putNull("requests");
            tables.putNull("reviewLitigation");
            tables.putObject("origins");
            tree.putArray("checks");
            tree.put("status", AnnualReport.PARTIAL);
        }
        return new Truth(name, tree);
    }

    private static Set<String> scans() throws IOException {
        try (Stream<String> lines = Files.lines(FIXTURES.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            return lines.map(line -> line.split("\t"))
                    .filter(cols -> cols.length > 6 && List.of(cols[6].split(";")).contains("scanned"))
                    .map(cols -> cols[0])
                    .collect(Collectors.toSet());
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
