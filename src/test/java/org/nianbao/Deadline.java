package org.nianbao;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for something observable on disk, polling until a deadline instead of sleeping a fixed time. */
public final class Deadline {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Duration STEP = Duration.ofMillis(25);

    private Deadline() {
    }

    public static void await(String what, BooleanSupplier condition) {
        await(what, condition, LIMIT);
    }

    /** For a whole corpus going through the service: two minutes. */
    public static void awaitLong(String what, BooleanSupplier condition) {
        await(what, condition, Duration.ofMinutes(2));
    }

    /** For work that includes OCR, which a busy machine may run far slower than its measured speed. */
    public static void awaitUpTo(String what, BooleanSupplier condition, Duration limit) {
        await(what, condition, limit);
    }

    private static void await(String what, BooleanSupplier condition, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("gave up after " + limit.toSeconds() + " s waiting until " + what);
            }
            LockSupport.parkNanos(STEP.toNanos());
        }
    }
}
