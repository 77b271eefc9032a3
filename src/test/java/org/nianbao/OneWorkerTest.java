package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/**
 * With {@code nianbao.inbox.threads=1} the service converts one document at a time, the polling thread's
 * included, so the heap README.md documents for one worker never holds two of the largest documents
 * (LargeInputHeapTest). Several documents dropped at once are all taken, one after the other.
 */
class OneWorkerTest {

    private static final Path HTML = Path.of("src/test/resources/fixtures/html/sources");

    @TempDir
    Path base;

    @Test
    void oneWorkerConvertsOneDocumentAtATime() throws Exception {
        List<Path> reports;
        try (Stream<Path> listing = Files.list(HTML)) {
            reports = listing.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().limit(6).toList();
        }
        CountingPipeline pipeline = new CountingPipeline();
        Properties settings = new Properties();
        settings.setProperty(AppConfiguration.INBOX_THREADS, "1");
        Path staged = Files.createDirectories(base.resolve("staged"));
        try (RunningService service = RunningService.start(base, new AppConfiguration(s -> pipeline, Clock.systemUTC()), settings)) {
            for (Path report : reports) {
                Files.copy(report, staged.resolve(report.getFileName()));
            }
            // All at once, so that the polling thread finds them in one look while the worker converts.
            for (Path report : reports) {
                Files.move(staged.resolve(report.getFileName()), service.inbox.resolve(report.getFileName()),
                        StandardCopyOption.ATOMIC_MOVE);
            }
            Deadline.awaitLong("the inbox is empty", service::inboxIsEmpty);
        }
        assertEquals(reports.size(), pipeline.started.get(), "every document converted");
        assertEquals(1, pipeline.most.get(), "conversions at the same time");
    }

    /** The real pipeline for 临沂市 2020, slowed down a little and counting the conversions running at once. */
    private static final class CountingPipeline extends ReportPipeline {

        private final ReportPipeline pipeline = FixedReportExtractor.linyi2020(ParseLimits.DEFAULTS);
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();
        private final AtomicInteger started = new AtomicInteger();

        CountingPipeline() {
            super(new FormatDetector(), List.of(), null, null);
        }

        @Override
        public Outcome process(SourceDocument source) {
            started.incrementAndGet();
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(100);
                return pipeline.process(source);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                running.decrementAndGet();
            }
        }
    }
}
