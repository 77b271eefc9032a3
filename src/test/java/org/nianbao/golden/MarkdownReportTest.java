package org.nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Json;

/**
 * A report as a PDF-to-Markdown tool writes it (real/text/pt-2023.md: pt-2023's numbers laid out as pipe
 * tables by hand, see the README): table 二 and table 三 are cut into fragments at page breaks, one row's
 * last number and another row's label continue on the next page. Every cell equals the truth.
 */
class MarkdownReportTest {

    @Test
    void pipeTablesCutAtPageBreaksGiveEveryCell() throws IOException {
        JsonNode truth = Json.mapper().readTree(FlatTextGoldenTest.DIR.resolve("pt-2023.flat.txt.json").toFile());
        JsonNode report = FlatTextGoldenTest.convert("pt-2023.md");
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, JsonNode> leaf : FlatTextGoldenTest.leaves(truth.path("tables"), "tables")) {
            JsonNode out = FlatTextGoldenTest.at(report, leaf.getKey());
            if (out.isNull() || out.isMissingNode() || out.decimalValue().compareTo(leaf.getValue().decimalValue()) != 0) {
                differences.add(leaf.getKey() + ": truth " + leaf.getValue() + ", read " + out);
            }
        }
        assertEquals(List.of(), differences);
        assertEquals("2021", report.path("report").path("template").asText());
        assertEquals(truth.path("report").path("title").asText(), report.path("report").path("title").asText());
        assertEquals("text", report.path("tables").path("origins").path("requests").asText());
        assertEquals(0, report.path("checks").findValues("status").stream().filter(s -> s.asText().equals("fail")).count());
        assertEquals("text/plain", report.path("source").path("mediaType").asText());
    }
}
