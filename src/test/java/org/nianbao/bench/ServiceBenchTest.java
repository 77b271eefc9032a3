package org.nianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code bench service --rounds R}: convert and the service take turns R times, then the medians. */
class ServiceBenchTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void twoRoundsEachArchiveEveryDocumentAndPrintTheirMedians() throws Exception {
        int exit = bench("service", "--files", "3", "--rounds", "2",
                "src/test/resources/fixtures/html/sources/syn-001-371300-2020.html",
                "src/test/resources/fixtures/html/sources/seed-001.html");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed + err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("round 1 of 2") && printed.contains("round 2 of 2"), printed);
        Matcher ratios = Pattern.compile("service/convert throughput: (\\d+\\.\\d\\d) from launch, (\\d+\\.\\d\\d|NaN) running")
                .matcher(printed);
        int rounds = 0;
        while (ratios.find()) {
            rounds++;
        }
        assertEquals(2, rounds, printed);
        // Each run's first finished document and its running window lie within its run.
        Matcher spans = Pattern.compile("(convert|service): (\\d+\\.\\d) s from launch, .*first(?: output| of them archived)"
                + " (\\d+\\.\\d\\d) s after launch; documents 1 to 3 finished between (\\d+\\.\\d\\d) and (\\d+\\.\\d\\d) s")
                .matcher(printed);
        int seen = 0;
        while (spans.find()) {
            seen++;
            double end = Double.parseDouble(spans.group(2));
            double first = Double.parseDouble(spans.group(3));
            double from = Double.parseDouble(spans.group(4));
            double to = Double.parseDouble(spans.group(5));
            assertTrue(0 < first && first <= from && from <= to && to <= end + 0.05, spans.group());
        }
        assertEquals(4, seen, printed);
        assertTrue(Pattern.compile("median of 2 rounds: service/convert throughput \\d+\\.\\d\\d \\(\\d+\\.\\d\\d–\\d+\\.\\d\\d\\) from launch,"
                + " (\\d+\\.\\d\\d|NaN) \\(.*\\) running, first report \\d+\\.\\d\\d s").matcher(printed).find(), printed);
        Matcher work = Pattern.compile("work folder \\(logs, outputs\\): (\\S+)").matcher(printed);
        assertTrue(work.find(), printed);
        Path folder = Path.of(work.group(1));
        try {
            for (String round : List.of("service-1", "service-2")) {
                try (var entries = Files.list(folder.resolve(round).resolve("archive").resolve(".by-sha256"))) {
                    assertEquals(3, entries.count(), round + ": every document archived");
                }
            }
        } finally {
            try (var all = Files.walk(folder)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void roundsAreForTheThroughputBenchOnlyAndAtLeastOne() throws Exception {
        assertEquals(2, bench("kill", "--rounds", "2", "src/test/resources/fixtures/html/sources"));
        assertEquals(2, bench("service", "--rounds", "0", "src/test/resources/fixtures/html/sources"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[--rounds R]"));
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(0.75, ServiceThroughput.median(List.of(0.8, 0.7, 0.75)));
        assertEquals(0.725, ServiceThroughput.median(List.of(0.8, 0.7, 0.75, 0.65)), 1e-9);
    }

    @Test
    void childrenStartWithTheClassDataArchiveTheBenchWasStartedWith() {
        assertEquals(List.of("-XX:SharedArchiveFile=target/nianbao.jsa", "-Xshare:on"), ChildService.classDataOptions(
                List.of("-Xmx2g", "-XX:SharedArchiveFile=target/nianbao.jsa", "-Dnianbao.inbox=x", "-Xshare:on")));
        assertEquals(List.of(), ChildService.classDataOptions(List.of("-Xmx2g", "-XX:+UseG1GC")));
    }

    @Test
    void runningThroughputComparesTheTimesBetweenTheFirstAndTheLastTenthOfTheDocuments() {
        assertEquals(30, ServiceThroughput.low(300));
        assertEquals(270, ServiceThroughput.high(300));
        assertEquals(1, ServiceThroughput.low(3));
        assertEquals(3, ServiceThroughput.high(3));
        assertEquals(1, ServiceThroughput.high(1));
        // convert: documents 30 to 270 between 1.6 and 6.4 s; the service: between 3.0 and 9.0 s.
        ServiceThroughput.Span convert = new ServiceThroughput.Span(0.8, 1.6, 6.4, 6.9);
        ServiceThroughput.Span service = new ServiceThroughput.Span(2.5, 3.0, 9.0, 10.1);
        assertEquals(0.8, service.runningRatio(convert), 1e-9);
        assertTrue(Double.isNaN(new ServiceThroughput.Span(2.5, 2.5, 2.5, 2.6).runningRatio(convert)), "all at once: no rate");
    }

    private int bench(String... args) throws Exception {
        return new ServiceBench(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args[0], List.of(args).subList(1, args.length));
    }
}
