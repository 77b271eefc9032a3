package org.nianbao.ingest;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.nianbao.convert.Converters;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.region.RegionResolver;

/**
 * Two copies of one report arriving by two ways at the same moment: the standard pipeline, whose first
 * conversion is held until {@link #release}, counting conversions; the second copy is started while the
 * first is held, and released once it either converts too or waits for the report's lock.
 */
public final class HeldConversion {

    private final AtomicInteger conversions = new AtomicInteger();
    private final CountDownLatch converting = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<Throwable> error = new AtomicReference<>();
    private final ReportPipeline pipeline = new ReportPipeline(new FormatDetector(), Converters.standard(), extractor(),
            ParseLimits.DEFAULTS) {
        @Override
        public Outcome process(SourceDocument source) {
            if (conversions.incrementAndGet() == 1) {
                converting.countDown();
                await(release);
            }
            return super.process(source);
        }
    };

    /** Work on one copy. */
    public interface Arrival {
        void run() throws Exception;
    }

    /** The standard pipeline, nothing held (reports of 临沂市 placed by their text). */
    public static ReportPipeline standard() {
        return new ReportPipeline(new FormatDetector(), Converters.standard(), extractor(), ParseLimits.DEFAULTS);
    }

    private static ReportExtractor extractor() {
        return new ReportExtractor(new RegionResolver(RegionCatalog.standard(), "371300")::resolve);
    }

    public ReportPipeline pipeline() {
        return pipeline;
    }

    /** Conversions begun so far. */
    public int conversions() {
        return conversions.get();
    }

    /**
     * Runs {@code first} until its conversion is held, then {@code second} until it converts as well or
     * waits for a lock, then lets both finish; fails with the first error either raised.
     */
    public void arriveTogether(Arrival first, Arrival second) throws Exception {
        Thread one = start(first);
        if (!converting.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the first copy was not converted");
        }
        Thread two = start(second);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (conversions.get() < 2 && two.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        release.countDown();
        one.join(60_000);
        two.join(60_000);
        if (error.get() != null) {
            throw new AssertionError("a copy failed", error.get());
        }
    }

    private Thread start(Arrival arrival) {
        Thread thread = new Thread(() -> {
            try {
                arrival.run();
            } catch (Throwable e) {
                error.compareAndSet(null, e);
            }
        });
        thread.start();
        return thread;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
