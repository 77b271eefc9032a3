package org.nianbao.convert.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;

/**
 * A text PDF of the fixture corpus with its ground truth, chosen from MANIFEST.tsv: every PDF that is
 * expected to convert and is not an image-only scan. Each is converted once per test run.
 */
record ReportFixture(Path source, JsonNode truth) {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Map<Path, ParsedDocument> CONVERTED = new ConcurrentHashMap<>();

    static Stream<ReportFixture> textPdfs() throws IOException {
        List<String> rows = Files.readAllLines(FIXTURES.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        return rows.stream().skip(1).map(row -> row.split("\t"))
                .filter(c -> c[0].endsWith(".pdf") && c[7].startsWith("truth/")
                        && !c[6].contains("no-text-layer") && c[8].matches("(ok|partial).*"))
                .map(c -> of(c[0]));
    }

    static ReportFixture of(String manifestPath) {
        String folder = manifestPath.substring(0, manifestPath.indexOf('/'));
        String name = manifestPath.substring(manifestPath.indexOf('/') + 1);
        Path source = FIXTURES.resolve(folder).resolve("sources").resolve(name);
        Path truth = FIXTURES.resolve(folder).resolve("groundtruth").resolve(name + ".json");
        try {
            return new ReportFixture(source, new ObjectMapper().readTree(Files.readString(truth, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ParsedDocument converted() {
        return CONVERTED.computeIfAbsent(source, path -> {
            try {
                return new PdfConverter().convert(Files.readAllBytes(path), ParseLimits.DEFAULTS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ConversionException e) {
                throw new AssertionError(path + " failed to convert: " + e.code() + " " + e.getMessage(), e);
            }
        });
    }

    @Override
    public String toString() {
        return source.getFileName().toString();
    }
}
