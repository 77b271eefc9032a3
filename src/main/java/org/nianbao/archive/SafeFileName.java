package org.nianbao.archive;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name received from outside (a mail attachment, a file dropped in the inbox) made safe to use as one
 * path segment inside the service's own folders: no separators, no {@code ..}, no control or bidi
 * characters, no leading dot, bounded length. Letters of every script are kept, so a Chinese report name
 * stays readable.
 */
public final class SafeFileName {

    /** Well below the 255-byte limit of common file systems, leaving room for our prefixes and suffixes. */
    static final int MAX_UTF8_BYTES = 150;

    private static final String FALLBACK = "document";
    private static final String KEPT_PUNCTUATION = "-_.()[]+（）【】";
    private static final Pattern DOT_RUNS = Pattern.compile("\\.{2,}");
    private static final Pattern UNDERSCORE_RUNS = Pattern.compile("_{2,}");
    private static final Pattern SIMPLE_EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

    private SafeFileName() {
    }

    /** The safe form of {@code received}; {@code document} when no letter or digit is left. */
    public static String of(String received) {
        if (received == null) {
            return FALLBACK;
        }
        StringBuilder kept = new StringBuilder(received.length());
        received.codePoints().forEach(cp -> kept.appendCodePoint(isKept(cp) ? cp : '_'));
        String name = DOT_RUNS.matcher(kept).replaceAll("_");
        name = UNDERSCORE_RUNS.matcher(name).replaceAll("_");
        name = stripDots(name);
        boolean meaningful = name.codePoints().anyMatch(Character::isLetterOrDigit);
        return meaningful ? truncate(name) : FALLBACK;
    }

    /**
     * The lower-case extension of a received name when it is a plain one ({@code pdf}, {@code docx}),
     * else empty: used only as a hint, never as a path.
     */
    public static String extensionOf(String received) {
        if (received == null) {
            return "";
        }
        int dot = received.lastIndexOf('.');
        String ext = dot < 0 ? "" : received.substring(dot + 1).toLowerCase(Locale.ROOT);
        return SIMPLE_EXTENSION.matcher(ext).matches() ? ext : "";
    }

    private static boolean isKept(int cp) {
        return Character.isLetterOrDigit(cp) || KEPT_PUNCTUATION.indexOf(cp) >= 0;
    }

    /** A leading dot would hide the file (and the inbox skips hidden files); trailing dots vanish on some systems. */
    private static String stripDots(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '.') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '.') {
            end--;
        }
        return name.substring(start, end);
    }

    /** Shortens the stem, keeping a plain extension, until the UTF-8 form fits. */
    private static String truncate(String name) {
        if (utf8Length(name) <= MAX_UTF8_BYTES) {
            return name;
        }
        String ext = extensionOf(name);
        String suffix = ext.isEmpty() ? "" : name.substring(name.length() - ext.length() - 1);
        String stem = name.substring(0, name.length() - suffix.length());
        int budget = MAX_UTF8_BYTES - suffix.length();
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int size = utf8Length(new String(Character.toChars(cp)));
            if (used + size > budget) {
                break;
            }
            out.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return out + suffix;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
