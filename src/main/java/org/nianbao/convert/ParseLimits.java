package org.nianbao.convert;

import java.time.Duration;

/**
 * Hard limits applied to every parse, so one hostile file cannot take the service down: it fails with
 * a reason and the next document is processed normally.
 */
public record ParseLimits(
        long maxBytes,
        int maxPages,
        double maxInflationRatio,
        long maxEntryBytes,
        int maxNestingDepth,
        Duration maxWallTime) {

    /** Refuses an empty file and one over {@link #maxBytes()} before any parser sees it. */
    public void checkSize(byte[] bytes) throws ConversionException {
        if (bytes.length == 0) {
            throw new ConversionException(FailureCode.EMPTY_FILE, "the file is empty (0 bytes)");
        }
        if (bytes.length > maxBytes) {
            throw new ConversionException(FailureCode.TOO_LARGE, String.format(java.util.Locale.ROOT,
                    "the file is %.1f MB, more than the limit of %.1f MB", bytes.length / 1048576.0, maxBytes / 1048576.0));
        }
    }

    public static final ParseLimits DEFAULTS = new ParseLimits(
            50L * 1024 * 1024, 500, 0.01, 64L * 1024 * 1024, 256, Duration.ofSeconds(60));
}
