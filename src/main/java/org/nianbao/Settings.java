package org.nianbao;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ocr.OcrSettings;

/**
 * The service's own settings, read from properties ({@code application.properties}, overridden by JVM
 * system properties and environment variables). The inbox polling settings are read by the route itself.
 */
public record Settings(Path inbox, Path archive, Path failed, Path data, ParseLimits limits, Optional<String> homeRegion,
                       OcrSettings ocr) {

    public static final String INBOX = "nianbao.inbox";
    public static final String ARCHIVE = "nianbao.archive";
    public static final String FAILED = "nianbao.failed";
    public static final String DATA = "nianbao.data";
    public static final String HOME_REGION = "nianbao.region.home";
    public static final String MAX_BYTES = "nianbao.limits.max-bytes";
    public static final String MAX_PAGES = "nianbao.limits.max-pages";
    public static final String MAX_INFLATION_RATIO = "nianbao.limits.max-inflation-ratio";
    public static final String MAX_ENTRY_BYTES = "nianbao.limits.max-entry-bytes";
    public static final String MAX_NESTING_DEPTH = "nianbao.limits.max-nesting-depth";
    public static final String MAX_WALL_TIME_SECONDS = "nianbao.limits.max-wall-time-seconds";
    public static final String MAX_MARKUP_BYTES = "nianbao.limits.max-markup-bytes";
    public static final String MAX_MARKUP_TAGS = "nianbao.limits.max-markup-tags";
    public static final String MAX_PDF_CHARACTERS = "nianbao.limits.max-pdf-characters";
    public static final String OCR_ENABLED = "nianbao.ocr.enabled";
    public static final String OCR_WORKERS = "nianbao.ocr.workers";
    public static final String OCR_MAX_PAGES = "nianbao.ocr.max-pages";
    public static final String OCR_THREADS = "nianbao.ocr.threads";

    /** Reads every setting through {@code properties}; a missing or malformed one stops start-up with its name. */
    public static Settings from(Function<String, Optional<String>> properties) {
        Lookup read = new Lookup(properties);
        ParseLimits limits = new ParseLimits(
                read.longValue(MAX_BYTES),
                read.intValue(MAX_PAGES),
                read.doubleValue(MAX_INFLATION_RATIO),
                read.longValue(MAX_ENTRY_BYTES),
                read.intValue(MAX_NESTING_DEPTH),
                Duration.ofSeconds(read.longValue(MAX_WALL_TIME_SECONDS)),
                read.longValue(MAX_MARKUP_BYTES),
                read.longValue(MAX_MARKUP_TAGS),
                read.longValue(MAX_PDF_CHARACTERS));
        OcrSettings ocr = new OcrSettings(read.flag(OCR_ENABLED), read.intValue(OCR_WORKERS),
                read.intValue(OCR_MAX_PAGES), read.intValue(OCR_THREADS));
        return new Settings(read.path(INBOX), read.path(ARCHIVE), read.path(FAILED), read.path(DATA), limits,
                read.optional(HOME_REGION), ocr);
    }

    private record Lookup(Function<String, Optional<String>> properties) {

        String text(String key) {
            return properties.apply(key)
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "setting " + key + " is missing; application.properties lists every setting with its default"));
        }

        Optional<String> optional(String key) {
            return properties.apply(key).map(String::strip).filter(value -> !value.isEmpty());
        }

        boolean flag(String key) {
            String value = text(key);
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException("setting " + key + " must be true or false, not '" + value + "'");
            }
            return Boolean.parseBoolean(value);
        }

        Path path(String key) {
            return Path.of(text(key));
        }

        long longValue(String key) {
            String value = text(key);
            try {
                long number = Long.parseLong(value);
                if (number <= 0) {
                    throw new NumberFormatException("not positive");
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting " + key + " must be a positive whole number, not '" + value + "'", e);
            }
        }

        int intValue(String key) {
            long number = longValue(key);
            if (number > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("setting " + key + " must be at most " + Integer.MAX_VALUE + ", not " + number);
            }
            return (int) number;
        }

        double doubleValue(String key) {
            String value = text(key);
            try {
                double number = Double.parseDouble(value);
                if (!(number > 0 && number <= 1)) {
                    throw new NumberFormatException("out of range");
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting " + key + " must be a number above 0 and at most 1, not '" + value + "'", e);
            }
        }
    }
}
