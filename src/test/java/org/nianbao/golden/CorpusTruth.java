package org.nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;

/**
 * The corpus as documents to drop into the service, each with what must become of it: its ground truth,
 * its MANIFEST failure reason, or — for the scanned PDFs — the partial result a text-less page gives.
 */
public final class CorpusTruth {

    /** One document to drop, under the name it is presented with. */
    public record Drop(Path file, String name, Optional<JsonNode> truth, Optional<List<String>> expectedFailure, boolean scan) {
    }

    private CorpusTruth() {
    }

    /** Every report document with ground truth and every bad input, as the MANIFEST lists them. */
    public static List<Drop> drops() {
        List<Drop> drops = new ArrayList<>();
        for (Manifest row : Manifest.rows()) {
            if (row.file().startsWith("eml/")) {
                continue;
            }
            String name = row.quirk("present-as").orElse(row.path().getFileName().toString());
            Optional<List<String>> failure = row.expectedOutcome().startsWith("failed:")
                    ? Optional.of(row.acceptedFailures()) : Optional.empty();
            Optional<JsonNode> truth = row.truthFiles().stream().findFirst().map(t -> truthOf(t, row.file()));
            drops.add(new Drop(row.path(), name, truth, failure, row.quirks().contains("no-text-layer")));
        }
        return drops;
    }

    /** Differences between a produced report and what the drop must give. */
    public static List<String> differences(Drop drop, JsonNode truth, JsonNode report) {
        List<String> out = new ArrayList<>();
        if (drop.scan()) {
            ScanExpectation.check(truth, report, ScanExpectation.REPORT_FIELDS).forEach(d -> out.add(drop.name() + ": " + d));
            return out;
        }
        JsonNode expected = GoldenTest.withoutUnprintedIndexNumber(truth.deepCopy(), read(drop.file()));
        TruthComparison.compare(expected, report).forEach(d -> out.add(drop.name() + ": " + d));
        return out;
    }

    /** The failed folder holds the drop's original with a reason file naming one of its accepted codes. */
    public static List<String> checkFailed(Path failedFolder, Drop drop, String sha) throws IOException {
        try (Stream<Path> files = Files.list(failedFolder)) {
            for (Path reason : files.filter(f -> f.getFileName().toString().endsWith(".reason.json")).toList()) {
                JsonNode r = Json.mapper().readTree(reason.toFile());
                if (r.path("sha256").asText().equals(sha) && r.path("fileName").asText().equals(drop.name())) {
                    String code = r.path("code").asText();
                    Path original = reason.resolveSibling(reason.getFileName().toString().replace(".reason.json", ""));
                    List<String> problems = new ArrayList<>();
                    if (!drop.expectedFailure().orElseThrow().contains(code)) {
                        problems.add(drop.name() + ": failed with " + code + ", expected " + drop.expectedFailure().get());
                    }
                    if (!Files.exists(original)) {
                        problems.add(drop.name() + ": original not kept beside its reason");
                    }
                    return problems;
                }
            }
        }
        return List.of(drop.name() + ": no reason file in the failed folder");
    }

    /** Archive entries: folders three levels down (region/year/sha), hidden ones left out. */
    public static long countEntries(Path archive) throws IOException {
        try (Stream<Path> all = Files.find(archive, 3, (p, a) -> a.isDirectory() && archive.relativize(p).getNameCount() == 3)) {
            return all.filter(p -> archive.relativize(p).toString().chars().noneMatch(c -> c == '.')).count();
        }
    }

    /** Drops that share their bytes (a report presented under two names) are one entry; either name is fine. */
    public static Map<String, List<String>> namesBySha(List<Drop> drops) {
        Map<String, List<String>> names = new HashMap<>();
        drops.forEach(d -> names.computeIfAbsent(SourceDocument.sha256Hex(read(d.file())), k -> new ArrayList<>()).add(d.name()));
        return names;
    }

    /** The copied truth of a corpus document; a hostile input's under bad/ (named with or without "bad--"). */
    private static JsonNode truthOf(String truthFile, String documentFile) {
        String name = Path.of(truthFile).getFileName().toString();
        String folder = name.startsWith("bad--") || documentFile.startsWith("bad/") ? "bad" : name.startsWith("mail-") ? "eml" : name.replaceAll(".*\\.(html|docx|doc|pdf)\\.json$", "$1");
        String file = name.startsWith("bad--") ? name.substring("bad--".length()) : name;
        try {
            return Json.mapper().readTree(GoldenTest.FIXTURES.resolve(folder).resolve("groundtruth").resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
