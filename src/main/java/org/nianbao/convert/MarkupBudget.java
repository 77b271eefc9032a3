package org.nianbao.convert;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Counts markup before a parser builds its tree from it: bytes and tags ({@code <}), against
 * {@link ParseLimits#maxMarkupBytes()} and {@link ParseLimits#maxMarkupTags()}. A tree costs a few
 * hundred bytes of heap per element whatever the element holds, so a page of a million tiny paragraphs
 * is refused here, with {@link FailureCode#TOO_LARGE}, instead of exhausting the heap in the parser.
 * One budget may be fed several parts (the XML parts of one DOCX).
 */
public final class MarkupBudget {

    private final ParseLimits limits;
    private final String what;
    private long bytes;
    private long tags;

    /** A budget for markup described as {@code what} in the refusal ("the web page", "the Word file's XML"). */
    public MarkupBudget(ParseLimits limits, String what) {
        this.limits = limits;
        this.what = what;
    }

    /** Adds {@code length} bytes of markup from {@code buffer}; throws as soon as a limit is passed. */
    public void add(byte[] buffer, int offset, int length) throws ConversionException {
        bytes += length;
        if (bytes > limits.maxMarkupBytes()) {
            throw new ConversionException(FailureCode.TOO_LARGE, String.format(Locale.ROOT,
                    "%s has more than %.1f MB of markup, the limit a document may hold", what,
                    limits.maxMarkupBytes() / 1048576.0));
        }
        tags += countTagOpenings(buffer, offset, length);
        if (tags > limits.maxMarkupTags()) {
            throw new ConversionException(FailureCode.TOO_LARGE, String.format(Locale.ROOT,
                    "%s has more than %d tags, the limit a document may hold", what, limits.maxMarkupTags()));
        }
    }

    /**
     * The bytes {@code '<'} in the range, eight at a time: in {@code x = word ^ 0x3C3C…} a byte is zero
     * exactly where the word held a {@code '<'}, and {@code ((x & 0x7F…) + 0x7F…) | x} sets each byte's high
     * bit exactly where that byte of {@code x} is not zero (no carry crosses a byte).
     */
    static long countTagOpenings(byte[] buffer, int offset, int length) {
        long count = 0;
        int i = offset;
        int end = offset + length;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long x = (long) WORDS.get(buffer, i) ^ 0x3C3C3C3C3C3C3C3CL;
            long nonZero = ((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x;
            count += Long.bitCount(~nonZero & 0x8080808080808080L);
        }
        for (; i < end; i++) {
            if (buffer[i] == '<') {
                count++;
            }
        }
        return count;
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Checks a whole piece of markup held in memory. */
    public static void check(byte[] markup, ParseLimits limits, String what) throws ConversionException {
        new MarkupBudget(limits, what).add(markup, 0, markup.length);
    }
}
