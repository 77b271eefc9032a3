package org.nianbao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.FixedReportExtractor;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/** However many threads call it, InboxIngest converts at most its bound of documents at once. */
class ConversionBoundTest {

    private static final Path HTML = Path.of("src/test/resources/fixtures/html/sources");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path base;

    /** Counts the conversions running at once; the first two must meet (so two do run together). */
    private static final class CountingPipeline extends ReportPipeline {

        private final ReportPipeline pipeline = FixedReportExtractor.linyi2020(ParseLimits.DEFAULTS);
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();
        private final AtomicInteger started = new AtomicInteger();
        private final CyclicBarrier firstTwo = new CyclicBarrier(2);

        CountingPipeline() {
            super(new FormatDetector(), List.of(), null, null);
        }

        @Override
        public Outcome process(SourceDocument source) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                if (started.getAndIncrement() < 2) {
                    firstTwo.await(30, TimeUnit.SECONDS);
                }
                Thread.sleep(20);
                return pipeline.process(source);
            } catch (Exception e) {
                throw new IllegalStateException("two conversions did not run at the same time", e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void eightThreadsConvertTwoDocumentsAtATimeAndArchiveEachOnce() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(HTML)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().limit(8).toList();
        }
        assertEquals(8, files.size());
        ReportArchive archive = ReportArchive.open(base.resolve("archive"));
        CountingPipeline pipeline = new CountingPipeline();
        InboxIngest ingest = new InboxIngest(pipeline, archive, FailedFolder.open(base.resolve("failed"), CLOCK),
                ParseLimits.DEFAULTS.maxBytes(), CLOCK, 2);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<List<ArchiveEntry>>> results = new ArrayList<>();
        try {
            for (Path file : files) {
                results.add(threads.submit(() -> ingest.ingest(file, file.getFileName().toString())));
            }
            for (Future<List<ArchiveEntry>> result : results) {
                assertEquals(1, result.get(60, TimeUnit.SECONDS).size());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(2, pipeline.most.get());
        assertEquals(8, pipeline.started.get());
        assertEquals(8, archive.entries().size());
    }

    @Test
    void noConversionAtAllIsRefused() throws IOException {
        ReportArchive archive = ReportArchive.open(base.resolve("archive"));
        FailedFolder failed = FailedFolder.open(base.resolve("failed"), CLOCK);
        assertThrows(IllegalArgumentException.class, () -> new InboxIngest(
                FixedReportExtractor.linyi2020(ParseLimits.DEFAULTS), archive, failed, 1000, CLOCK, 0));
    }
}
