package org.nianbao.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Charset names as mail clients write them, resolved leniently. Chinese clients label GBK text
 * {@code gb2312} (and GB18030 text {@code gbk}) all the time, so every name of that family decodes as
 * GB18030, their common superset; a strict GB2312 decoder would garble characters such as 镕 or ·.
 */
final class MimeCharset {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GB_FAMILY = Set.of("gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936",
            "euc-cn", "x-euc-cn", "gb18030", "csgb2312", "hz-gb-2312");

    private MimeCharset() {
    }

    /** The charset a MIME label names (an RFC 2231 language suffix such as {@code utf-8*zh} is ignored). */
    static Optional<Charset> named(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String name = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        int star = name.indexOf('*');
        if (star >= 0) {
            name = name.substring(0, star);
        }
        if (GB_FAMILY.contains(name)) {
            return Optional.of(GB18030);
        }
        if (name.equals("utf8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * Text from bytes in the named charset; with no usable name, strict UTF-8 if the bytes are UTF-8, else
     * GB18030 (what unlabelled Chinese mail almost always is).
     */
    static String decode(byte[] bytes, String label) {
        Optional<Charset> charset = named(label);
        if (charset.isPresent()) {
            return new String(bytes, charset.get());
        }
        return strictUtf8(bytes).orElseGet(() -> new String(bytes, GB18030));
    }

    /**
     * A header read as ISO-8859-1 that holds raw 8-bit bytes (clients that skip RFC 2047) turned back into
     * the text those bytes spell; plain ASCII and text that is already Unicode are returned unchanged.
     */
    static String repairRawBytes(String header) {
        boolean eightBit = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c > 0xFF) {
                return header;
            }
            eightBit |= c >= 0x80;
        }
        return eightBit ? decode(header.getBytes(StandardCharsets.ISO_8859_1), null) : header;
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
