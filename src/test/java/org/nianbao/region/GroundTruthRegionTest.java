package org.nianbao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.model.Region;

/**
 * Every fixture whose ground truth names a region: the report's agency, with the source document's text
 * as context, resolves to exactly that region.
 */
class GroundTruthRegionTest {

    private static final RegionCatalog CATALOG = RegionCatalog.standard();
    /** The corpus is the 临沂市 office's collection; its seed pages come from other provinces. */
    private static final String HOME = "371300";
    private static final Pattern GB_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*(gb2312|gbk|gb18030)", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> agencyResolvesToTheTruthRegion() throws IOException {
        RegionResolver resolver = new RegionResolver(CATALOG, HOME);
        return truths().stream().map(truth -> DynamicTest.dynamicTest(truth.name(),
                () -> assertEquals(Optional.of(truth.region()), resolver.resolve(truth.agency(), truth.context()))));
    }

    /** The pages carry enough context (site name, publisher) to settle 河东区 without a home division. */
    @TestFactory
    Stream<DynamicTest> webPagesNeedNoHome() throws IOException {
        RegionResolver resolver = new RegionResolver(CATALOG);
        return truths().stream().filter(truth -> truth.name().startsWith("html/"))
                .map(truth -> DynamicTest.dynamicTest(truth.name(), () ->
                        assertEquals(Optional.of(truth.region()), resolver.resolve(truth.agency(), truth.context()))));
    }

    @Test
    void theCorpusIsCovered() throws IOException {
        List<Truth> truths = truths();
        assertTrue(truths.size() >= 75, "only " + truths.size() + " truth files with a region");
        assertTrue(truths.stream().anyMatch(t -> t.region().code().equals("371312") && !t.name().startsWith("html/")),
                "a 河东区 report whose only context is its title");
    }

    private static List<Truth> truths() throws IOException {
        Path fixtures = fixtures();
        List<Truth> truths = new ArrayList<>();
        try (Stream<Path> formats = Files.list(fixtures)) {
            for (Path format : formats.sorted().toList()) {
                Path groundtruth = format.resolve("groundtruth");
                if (!Files.isDirectory(groundtruth)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(groundtruth)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        read(format, file).ifPresent(truths::add);
                    }
                }
            }
        }
        return truths;
    }

    private static Optional<Truth> read(Path format, Path file) throws IOException {
        JsonNode report = JSON.readTree(file.toFile()).path("report");
        JsonNode region = report.path("region");
        if (!region.isObject()) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        region.path("path").forEach(name -> path.add(name.asText()));
        Region expected = new Region(region.path("code").asText(), region.path("name").asText(), path);
        String name = format.getFileName() + "/" + file.getFileName();
        List<String> context = format.getFileName().toString().equals("html")
                ? List.of(pageText(format.resolve("sources").resolve(sourceName(file))))
                : List.of(report.path("title").asText());
        return Optional.of(new Truth(name, report.path("agency").asText(), context, expected));
    }

    /** The source file a truth file describes: seed-000.html.json → seed-000.html. */
    private static String sourceName(Path truthFile) {
        String name = truthFile.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static String pageText(Path page) throws IOException {
        byte[] bytes = Files.readAllBytes(page);
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Charset charset = GB_CHARSET.matcher(head).find() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        return Jsoup.parse(new String(bytes, charset)).text();
    }

    private static Path fixtures() {
        try {
            return Path.of(GroundTruthRegionTest.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("fixture folder has no usable path", e);
        }
    }

    private record Truth(String name, String agency, List<String> context, Region region) {
    }
}
