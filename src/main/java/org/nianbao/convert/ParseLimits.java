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

    public static final ParseLimits DEFAULTS = new ParseLimits(
            50L * 1024 * 1024, 500, 0.01, 64L * 1024 * 1024, 256, Duration.ofSeconds(60));
}
