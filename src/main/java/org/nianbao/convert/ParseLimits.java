package org.nianbao.convert;

import java.time.Duration;

/**
 * Hard limits applied to every parse, so one hostile file cannot take the service down: it fails with
 * a reason and the next document is processed normally.
 *
 * <p>The parsers build whole trees in memory, so the memory a document needs follows the size of its
 * markup and the number of its tags (HTML, DOCX) or the amount of text kept from its pages (PDF), not
 * the size of the file. The markup and text limits bound that: with their defaults one document needs
 * at most about 150 MB of heap, and every document inside the limits converts (or fails for another
 * reason) at {@code -Xmx256m} (measured by {@code LargeInputHeapTest}).
 *
 * @param maxBytes largest file accepted
 * @param maxMarkupBytes largest HTML page, and largest total of the XML parts of a DOCX once unpacked
 * @param maxMarkupTags most tags ({@code <}) in an HTML page, or in all XML parts of a DOCX together
 * @param maxPdfCharacters most characters of text read from one PDF
 */
public record ParseLimits(
        long maxBytes,
        int maxPages,
        double maxInflationRatio,
        long maxEntryBytes,
        int maxNestingDepth,
        Duration maxWallTime,
        long maxMarkupBytes,
        long maxMarkupTags,
        long maxPdfCharacters) {

    public static final long DEFAULT_MAX_MARKUP_BYTES = 4L * 1024 * 1024;
    public static final long DEFAULT_MAX_MARKUP_TAGS = 250_000;
    public static final long DEFAULT_MAX_PDF_CHARACTERS = 500_000;

    /** The limits with the default markup and text limits. */
    public ParseLimits(long maxBytes, int maxPages, double maxInflationRatio, long maxEntryBytes, int maxNestingDepth,
                       Duration maxWallTime) {
        this(maxBytes, maxPages, maxInflationRatio, maxEntryBytes, maxNestingDepth, maxWallTime,
                DEFAULT_MAX_MARKUP_BYTES, DEFAULT_MAX_MARKUP_TAGS, DEFAULT_MAX_PDF_CHARACTERS);
    }

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
            50L * 1024 * 1024, 500, 0.01, 64L * 1024 * 1024, 256, Duration.ofSeconds(180));
}
