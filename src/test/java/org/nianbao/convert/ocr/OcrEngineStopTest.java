package org.nianbao.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Stopping the engine (as the process exits) lets the run in progress end before it returns and refuses
 * every later run: no thread is inside ONNX Runtime once the JVM goes on to exit.
 */
class OcrEngineStopTest {

    @Test
    void stoppingWaitsForTheRunInProgressAndRefusesTheNext() throws Exception {
        try (OcrEngine engine = OcrEngine.load(1)) {
            float[] line = new float[3 * 48 * 2880];   // one long line: a run of a few hundred milliseconds
            List<Long> ended = new CopyOnWriteArrayList<>();
            AtomicReference<OcrException> refused = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try {
                    while (true) {
                        started.countDown();
                        engine.recognize(line, 1, 48, 2880);
                        ended.add(System.nanoTime());
                    }
                } catch (OcrException e) {
                    refused.set(e);
                }
            });
            reader.start();
            assertTrue(started.await(30, TimeUnit.SECONDS));
            Thread.sleep(50);

            assertTrue(engine.stopRuns(10_000));
            long stopped = System.nanoTime();
            reader.join(10_000);

            assertFalse(reader.isAlive());
            assertTrue(refused.get() != null && refused.get().getMessage().contains("stopping"), String.valueOf(refused.get()));
            assertTrue(ended.stream().allMatch(t -> t <= stopped), "a run ended after stopRuns returned");
            OcrException next = assertThrows(OcrException.class, () -> engine.detect(new float[3 * 32 * 32], 32, 32));
            assertTrue(next.getMessage().contains("stopping"), next.getMessage());
        }
    }
}
