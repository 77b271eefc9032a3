package org.nianbao.convert.docx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalLong;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.ParseLimits;

/**
 * Reads the sizes a zip declares in its central directory, without inflating anything, and refuses a
 * package whose parts would unpack beyond the limits. POI's own guard ({@code ZipSecureFile}) only
 * acts while inflating, and POI first tries to allocate a buffer of the declared size, which for a zip
 * bomb fails with an allocation error instead of naming the problem. Sizes a zip lies about are still
 * caught by POI's guard while inflating.
 */
final class ZipDirectory {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long ZIP64_MARKER = 0xFFFFFFFFL;
    private static final int ZIP64_EXTRA = 0x0001;
    /** Small parts compress extremely well without being a threat; POI exempts them the same way. */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;

    private ZipDirectory() {
    }

    /**
     * Throws {@link FailureCode#ZIP_BOMB} if a declared part is larger than {@code maxEntryBytes} or
     * inflates beyond the ratio limit. Bytes without a readable directory pass: POI then reports them.
     */
    static void check(byte[] bytes, ParseLimits limits) throws ConversionException {
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEndOfDirectory(zip);
        if (end < 0) {
            return;
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        for (int i = 0; i < entries && offset + 46 <= bytes.length; i++) {
            int at = (int) offset;
            if (zip.getInt(at) != DIRECTORY_ENTRY) {
                return;
            }
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
            if (at + 46L + nameLength + extraLength > bytes.length) {
                return;
            }
            long compressed = Integer.toUnsignedLong(zip.getInt(at + 20));
            long size = Integer.toUnsignedLong(zip.getInt(at + 24));
            if (size == ZIP64_MARKER) {
                size = zip64Size(zip, at + 46 + nameLength, extraLength).orElse(size);
            }
            String name = new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8);
            refuseIfBomb(name, compressed, size, limits);
            offset = at + 46L + nameLength + extraLength + commentLength;
        }
    }

    private static void refuseIfBomb(String name, long compressed, long size, ParseLimits limits)
            throws ConversionException {
        if (size > limits.maxEntryBytes()) {
            throw new ConversionException(FailureCode.ZIP_BOMB, String.format(Locale.ROOT,
                    "the part %s would unpack to %s, more than the %s allowed; the file is a zip bomb or not a normal report",
                    name, megabytes(size), megabytes(limits.maxEntryBytes())));
        }
        if (size > RATIO_GRACE_BYTES && (double) compressed / size < limits.maxInflationRatio()) {
            throw new ConversionException(FailureCode.ZIP_BOMB, String.format(Locale.ROOT,
                    "the part %s would unpack from %s to %s, far more than a real document compresses; the file is a zip bomb",
                    name, megabytes(compressed), megabytes(size)));
        }
    }

    /** The end-of-directory record sits at the end, before a comment of at most 64 KiB. */
    private static int findEndOfDirectory(ByteBuffer zip) {
        int last = zip.limit() - END_RECORD_SIZE;
        int first = Math.max(0, last - MAX_COMMENT);
        for (int at = last; at >= first; at--) {
            if (zip.getInt(at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }

    /** The real uncompressed size of a part too large for the classic fields. */
    private static OptionalLong zip64Size(ByteBuffer zip, int extraStart, int extraLength) {
        int at = extraStart;
        int end = extraStart + extraLength;
        while (at + 4 <= end) {
            int id = Short.toUnsignedInt(zip.getShort(at));
            int length = Short.toUnsignedInt(zip.getShort(at + 2));
            if (id == ZIP64_EXTRA && length >= 8 && at + 12 <= zip.limit()) {
                long size = zip.getLong(at + 4);
                // Beyond Long.MAX_VALUE the field reads negative: that is no less a bomb.
                return OptionalLong.of(size < 0 ? Long.MAX_VALUE : size);
            }
            at += 4 + length;
        }
        return OptionalLong.empty();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
