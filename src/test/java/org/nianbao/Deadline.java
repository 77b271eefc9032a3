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
        long end = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("gave up after " + LIMIT.toSeconds() + " s waiting until " + what);
            }
            LockSupport.parkNanos(STEP.toNanos());
        }
    }
}
