package org.nianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.convert.Converters;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.region.RegionResolver;

/** The benchmarks' copies of a report: other bytes, the same report. */
class DistinctDocumentsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final ReportPipeline PIPELINE = new ReportPipeline(new FormatDetector(), Converters.standard(),
            new ReportExtractor(new RegionResolver(RegionCatalog.standard(), "371300")::resolve), ParseLimits.DEFAULTS);

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"html/sources/syn-011-371311-2020.html", "pdf/sources/syn-004-371300-2020.pdf",
            "docx/sources/syn-002-371300-2020.docx"})
    void aCopyHasOtherBytesAndConvertsToTheSameReport(String file) throws Exception {
        byte[] original = Files.readAllBytes(FIXTURES.resolve(file));
        String extension = file.substring(file.lastIndexOf('.') + 1);
        byte[] copy = DistinctDocuments.variant(original, extension, 3).orElseThrow();

        assertNotEquals(SourceDocument.sha256Hex(original), SourceDocument.sha256Hex(copy));
        AnnualReport before = convert(original, file);
        AnnualReport after = convert(copy, file);
        assertEquals(Json.mapper().writeValueAsString(before.tables()), Json.mapper().writeValueAsString(after.tables()));
        assertEquals(before.report(), after.report());
        assertEquals(before.status(), after.status());
    }

    @Test
    void writesTheCountAskedForAllDistinctAndUsesADocOnce() throws Exception {
        List<Path> sources = List.of(FIXTURES.resolve("html/sources/syn-011-371311-2020.html"),
                DistinctDocuments.sources(List.of(FIXTURES.resolve("doc/sources"))).get(0));
        List<Path> written = DistinctDocuments.write(sources, 5, folder);

        assertEquals(5, written.size());
        Set<String> shas = new HashSet<>();
        for (Path document : written) {
            shas.add(SourceDocument.sha256Hex(Files.readAllBytes(document)));
        }
        assertEquals(5, shas.size());
        assertEquals(1, written.stream().filter(p -> p.toString().endsWith(".doc")).count());
        assertTrue(written.get(0).getFileName().toString().startsWith("0000-"));
    }

    private static AnnualReport convert(byte[] bytes, String name) {
        Outcome outcome = PIPELINE.process(SourceDocument.of(bytes, name, SourceDocument.FOLDER, Instant.EPOCH));
        return ((Outcome.Converted) outcome).report();
    }
}
