package org.nianbao.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The account of a {@code convert} run, shared by its worker threads: what became of each input, the
 * failure lines as they happen, on a terminal a progress line redrawn in place (done/total, rate, time left,
 * failures so far), and the closing summary. Every write to standard error goes through here, under one
 * lock, so a failure line never runs into the progress line.
 */
final class ConvertProgress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private final LongSupplier nanoTime;
    private final long start;
    private final Map<String, Integer> failedByReason = new TreeMap<>();
    private int converted;
    private int partial;
    private int upToDate;
    private int failed;
    private long lastDrawn;
    private boolean drawn;
    private int drawnWidth;

    ConvertProgress(PrintStream err, boolean terminal, int total, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    synchronized void converted(boolean isPartial) {
        converted++;
        if (isPartial) {
            partial++;
        }
        redraw(false);
    }

    synchronized void upToDate() {
        upToDate++;
        redraw(false);
    }

    /** @param line {@code FILE: <reason-code>: <message>}, printed as it is */
    synchronized void failed(String reason, String line) {
        failed++;
        failedByReason.merge(reason, 1, Integer::sum);
        clearLine();
        err.println(visible(line));
        redraw(true);
    }

    /**
     * The line with control characters (from file names or messages: a carriage return, a terminal escape
     * sequence) shown as {@code \\uXXXX}, so that they neither rewrite the terminal nor split the line.
     */
    static String visible(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    synchronized int failures() {
        return failed;
    }

    /** Removes the progress line and prints the closing summary. */
    synchronized void finish() {
        clearLine();
        err.println(summary());
        err.flush();
    }

    /**
     * {@code convert: 120 inputs: 100 converted (7 partial), 12 up to date, 8 failed (corrupt-pdf 5,
     * empty-file 3) in 4.2 s}.
     */
    synchronized String summary() {
        StringBuilder s = new StringBuilder("convert: ").append(total).append(total == 1 ? " input: " : " inputs: ")
                .append(converted).append(" converted (").append(partial).append(" partial), ")
                .append(upToDate).append(" up to date, ").append(failed).append(" failed");
        if (!failedByReason.isEmpty()) {
            s.append(" (");
            failedByReason.forEach((reason, n) -> s.append(reason).append(' ').append(n).append(", "));
            s.setLength(s.length() - 2);
            s.append(')');
        }
        return s.append(" in ").append(seconds(nanoTime.getAsLong() - start)).toString();
    }

    private int done() {
        return converted + upToDate + failed;
    }

    private void redraw(boolean force) {
        if (!terminal) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (!force && drawn && now - lastDrawn < REDRAW_NANOS && done() < total) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        String line = progressLine(now - start);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    /** {@code 1234/5000  37.2/s  1m41s left  3 failed}. */
    String progressLine(long elapsedNanos) {
        int done = done();
        double rate = elapsedNanos <= 0 ? 0 : done / (elapsedNanos / 1e9);
        String left = rate <= 0 ? "?" : clock(Duration.ofSeconds(Math.round((total - done) / rate)));
        return String.format(java.util.Locale.ROOT, "%d/%d  %.1f/s  %s left  %d failed", done, total, rate, left, failed);
    }

    private void clearLine() {
        if (terminal && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            drawnWidth = 0;
        }
    }

    private static String clock(Duration d) {
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        return h > 0 ? h + "h" + m + "m" : m > 0 ? m + "m" + s + "s" : s + "s";
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
