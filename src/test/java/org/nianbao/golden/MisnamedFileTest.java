package org.nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;
import org.nianbao.pipeline.Outcome;

/** A file whose name lies about its format is converted by what its bytes are. */
class MisnamedFileTest {

    @ParameterizedTest(name = "{0} presented as {1}")
    @CsvSource({
            "docx/sources/syn-002-371300-2020.docx, 年报.pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf/sources/syn-020-371312-2020.pdf, 年报.docx, application/pdf",
            "doc/sources/syn-009-371302-2020.doc, 年报.docx, application/msword",
            "html/sources/syn-001-371300-2020.html, 年报.doc, text/html",
            "docx/sources/syn-031-371300-2023.docx, 年报, application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    void isConvertedByWhatItIs(String fixture, String presentedAs, String mediaType) throws Exception {
        Path file = GoldenTest.FIXTURES.resolve(fixture);
        Path truthFile = file.getParent().resolveSibling("groundtruth").resolve(file.getFileName() + ".json");
        Outcome outcome = TestPipeline.create().process(SourceDocument.of(Files.readAllBytes(file), presentedAs, SourceDocument.FOLDER, null));
        Outcome.Converted converted = assertInstanceOf(Outcome.Converted.class, outcome, () -> outcome.toString());
        JsonNode report = Json.mapper().valueToTree(converted.report());
        assertEquals(mediaType, report.path("source").path("mediaType").asText());
        assertEquals(presentedAs, report.path("source").path("fileName").asText());
        JsonNode truth = Json.mapper().readTree(truthFile.toFile());
        assertEquals(java.util.List.of(), TruthComparison.compare(truth, report).stream()
                .filter(d -> !d.startsWith("source.fileName")).toList());
    }
}
