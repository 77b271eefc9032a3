package org.nianbao.convert.ocr;

import java.awt.image.BufferedImage;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * The service's OCR: at most {@code workers} pages are read at once (the others wait their turn), by
 * one engine per JVM, loaded on the first page that needs it (about 1–2 s) and kept; when the process
 * exits, the run in progress ends before the JVM does and no other starts.
 */
public final class OcrService {

    private static final Object LOCK = new Object();
    private static OcrEngine engine;
    private static OcrException loadFailure;

    private final OcrSettings settings;
    private final Semaphore workers;

    public OcrService(OcrSettings settings) {
        this.settings = settings;
        this.workers = new Semaphore(settings.workers(), true);
    }

    public OcrSettings settings() {
        return settings;
    }

    /**
     * Reads one page image once a worker is free, telling {@code waited} how long it waited for one (time a
     * document spends in the queue is not time spent reading it); {@code stop} is asked between crops.
     * Returns null when {@code stop} said time was up before the page was read whole.
     */
    public OcrPage read(BufferedImage image, BooleanSupplier stop, LongConsumer waited)
            throws OcrException, InterruptedException {
        long queued = System.nanoTime();
        workers.acquire();
        try {
            waited.accept(System.nanoTime() - queued);
            if (stop.getAsBoolean()) {
                return null;
            }
            OcrPage page = new PageRecognizer(engine(settings.threads())).read(image, stop);
            // A page cut short by the time limit is not half read: it is not read.
            return stop.getAsBoolean() ? null : page;
        } finally {
            workers.release();
        }
    }

    private static OcrEngine engine(int threads) throws OcrException {
        synchronized (LOCK) {
            if (engine == null && loadFailure == null) {
                try {
                    engine = OcrEngine.load(threads);
                    OcrEngine loaded = engine;
                    // The process may exit (SIGTERM to `convert`, the end of a command) while a page is read.
                    Runtime.getRuntime().addShutdownHook(new Thread(
                            () -> loaded.stopRuns(OcrEngine.CLOSE_WAIT_MILLIS), "ocr-stop"));
                } catch (OcrException e) {
                    loadFailure = e;
                }
            }
            if (loadFailure != null) {
                throw loadFailure;
            }
            return engine;
        }
    }
}
