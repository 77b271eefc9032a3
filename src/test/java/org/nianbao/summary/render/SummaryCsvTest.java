package org.nianbao.summary.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.AnnualReport;
import org.nianbao.summary.RegionalSummary;

/** The CSV of the 罗庄区 2020 (2019 template) and 兰山区 2023 (2021 template) ground-truth summaries. */
class SummaryCsvTest {

    private final SummaryCsv csv = new SummaryCsv();

    @Test
    void headerNamesEveryPrintedCellOfThe2019TemplateInOrder() {
        List<String> header = SummaryCsv.header("2019");
        assertEquals(3 + 22 + 161 + 15, header.size());
        assertEquals(List.of("id", "agency", "status", "proactive.regulations.newlyMade",
                "proactive.regulations.newlyPublished", "proactive.regulations.totalPublished"), header.subList(0, 6));
        assertEquals("proactive.procurement.amount", header.get(3 + 21));
        assertEquals("requests.newReceived.naturalPerson", header.get(3 + 22));
        assertEquals("requests.results.otherHandling.naturalPerson", header.get(3 + 22 + 20 * 7));
        assertEquals("reviewLitigation.review.upheld", header.get(3 + 22 + 161));
        assertEquals("reviewLitigation.litigationAfterReview.total", header.get(header.size() - 1));
    }

    @Test
    void the2021HeaderHasTheOtherHandlingSubRowsInsteadOfTheSingleRow() {
        List<String> header = SummaryCsv.header("2021");
        assertEquals(3 + 10 + 175 + 15, header.size());
        assertEquals("proactive.fees.amountWanYuan", header.get(3 + 9));
        assertTrue(header.contains("requests.results.otherHandlingDetail.unpaidFee.total"));
        assertTrue(header.stream().noneMatch(h -> h.startsWith("requests.results.otherHandling.")));
    }

    @Test
    void oneRowPerIncludedReportThenTheSums() {
        RegionalSummary summary = GroundTruthSummaries.summary("371311", 2020);
        List<AnnualReport> reports = GroundTruthSummaries.reports("371311", 2020);
        byte[] bytes = csv.render(summary, reports);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.endsWith("\r\n"));
        assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, "every line ends with CRLF");

        List<List<String>> rows = parse(text);
        List<String> header = SummaryCsv.header("2019");
        assertEquals(header, rows.get(0));
        assertEquals(reports.size() + 2, rows.size());
        rows.forEach(row -> assertEquals(header.size(), row.size(), "columns of " + row.get(0)));

        int newReceived = header.indexOf("requests.newReceived.total");
        int procurement = header.indexOf("proactive.procurement.amount");
        BigDecimal received = BigDecimal.ZERO;
        for (int i = 0; i < reports.size(); i++) {
            AnnualReport report = reports.get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(List.of(report.id(), report.report().agency(), report.status()), row.subList(0, 3));
            assertEquals(report.tables().requests().newReceived().total().toPlainString(), row.get(newReceived));
            received = received.add(report.tables().requests().newReceived().total());
        }
        List<String> total = rows.get(rows.size() - 1);
        assertEquals(List.of("合计", "", ""), total.subList(0, 3));
        assertEquals(received.toPlainString(), total.get(newReceived));
        assertEquals(new CellValues(summary.tables()).printed("proactive.procurement.amount"), total.get(procurement));
        assertTrue(total.get(procurement).contains("."), "the procurement amount is a decimal sum");
    }

    @Test
    void aNullCellIsEmpty() {
        RegionalSummary summary = GroundTruthSummaries.summary("371302", 2023);
        List<AnnualReport> reports = GroundTruthSummaries.reports("371302", 2023);
        List<List<String>> rows = parse(new String(csv.render(summary, reports), StandardCharsets.UTF_8).substring(1));
        int regulations = rows.get(0).indexOf("proactive.regulations.issued");
        for (int i = 0; i < reports.size(); i++) {
            BigDecimal issued = reports.get(i).tables().proactive() instanceof org.nianbao.model.Proactive2021 p
                    ? p.regulations().issued() : null;
            assertEquals(issued == null ? "" : issued.toPlainString(), rows.get(i + 1).get(regulations));
        }
        assertTrue(rows.stream().skip(1).anyMatch(r -> r.get(regulations).isEmpty()), "the fixtures have a 规章 printed as /");
    }

    @Test
    void quotesAnAgencyNameWithACommaOrQuote() {
        RegionalSummary base = GroundTruthSummaries.summary("371302", 2023);
        List<RegionalSummary.Included> included = new ArrayList<>(base.included());
        RegionalSummary.Included first = included.get(0);
        included.set(0, new RegionalSummary.Included(first.id(), "兰山区\"农业\",农村局", first.status()));
        RegionalSummary summary = withIncluded(base, included);
        String text = new String(csv.render(summary, GroundTruthSummaries.reports("371302", 2023)), StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"兰山区\"\"农业\"\",农村局\","));
        assertEquals("兰山区\"农业\",农村局", parse(text.substring(1)).get(1).get(1));
    }

    @Test
    void leavesOutTableTwoOfAReportInTheOtherTemplate() {
        RegionalSummary base = GroundTruthSummaries.summary("371302", 2023);
        AnnualReport old = GroundTruthSummaries.reports("371322", 2023).stream()
                .filter(r -> "2019".equals(r.report().template())).findFirst().orElseThrow();
        List<RegionalSummary.Included> included = new ArrayList<>(base.included());
        included.add(new RegionalSummary.Included(old.id(), old.report().agency(), old.status()));
        List<AnnualReport> reports = new ArrayList<>(GroundTruthSummaries.reports("371302", 2023));
        reports.add(old);
        List<List<String>> rows = parse(new String(csv.render(withIncluded(base, included), reports), StandardCharsets.UTF_8).substring(1));
        List<String> header = rows.get(0);
        List<String> row = rows.get(rows.size() - 2);
        assertEquals(old.id(), row.get(0));
        assertEquals("", row.get(header.indexOf("proactive.licensing.decisions")), "a 2019 处理决定数量 is not a 2021 one");
        assertEquals(old.tables().requests().newReceived().total().toPlainString(), row.get(header.indexOf("requests.newReceived.total")));
    }

    @Test
    void refusesReportsThatAreNotTheIncludedOnes() {
        RegionalSummary summary = GroundTruthSummaries.summary("371302", 2023);
        List<AnnualReport> reports = GroundTruthSummaries.reports("371302", 2023);
        assertThrows(IllegalArgumentException.class, () -> csv.render(summary, reports.subList(1, reports.size())));
        List<AnnualReport> extra = new ArrayList<>(reports);
        extra.add(GroundTruthSummaries.reports("371311", 2020).get(0));
        assertThrows(IllegalArgumentException.class, () -> csv.render(summary, extra));
    }

    private static RegionalSummary withIncluded(RegionalSummary s, List<RegionalSummary.Included> included) {
        return new RegionalSummary(s.schemaVersion(), s.region(), s.year(), s.template(), s.generatedAt(), s.tables(),
                s.checks(), included, s.excluded(), s.missing(), s.failedChecks(), s.warnings());
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
