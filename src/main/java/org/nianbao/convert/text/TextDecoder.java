package org.nianbao.convert.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads bytes as text when they are text: a byte-order mark (UTF-8, UTF-16, GB18030) decides the
 * charset; without one, strict UTF-8 and then strict GB18030 are tried. Text means no NUL and no other
 * control character apart from tab, line feed, carriage return and form feed, and at least one letter,
 * so binary junk that happens to decode is still not text.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] GB18030_BOM = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};

    private TextDecoder() {
    }

    /** The text the bytes hold, or empty when they are not text in a charset this reader knows. */
    public static Optional<String> decode(byte[] bytes) {
        Optional<String> text;
        if (startsWith(bytes, UTF8_BOM)) {
            text = strict(bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, GB18030_BOM)) {
            text = strict(bytes, GB18030_BOM.length, GB18030);
        } else if (startsWith(bytes, UTF16LE_BOM)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, UTF16BE_BOM)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            text = strict(bytes, 0, StandardCharsets.UTF_8).or(() -> strict(bytes, 0, GB18030));
        }
        return text.filter(TextDecoder::isText);
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            // Not this charset: the caller tries the next one or decides the bytes are not text.
            return Optional.empty();
        }
    }

    private static boolean isText(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F || c == '\uFFFD') {
                return false;
            }
            letter |= Character.isLetterOrDigit(c);
        }
        return letter;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
