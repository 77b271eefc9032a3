package org.nianbao.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words ({@code =?gbk?B?...?=}) in a header or a parameter value, decoded the way real
 * Chinese mail needs: adjacent words in one charset are joined as bytes before decoding (clients split a
 * multi-byte character across two words), the whitespace between two encoded words is dropped, words
 * inside quotes (the common non-standard {@code filename="=?gb2312?b?...?="}) are decoded too, and GB
 * labels decode as GB18030. A word that cannot be decoded is left as it was.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");

    private EncodedWords() {
    }

    static String decode(String text) {
        if (text == null || !text.contains("=?")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        Run run = new Run();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            String between = text.substring(last, m.start());
            Optional<Charset> charset = MimeCharset.named(m.group(1));
            Optional<byte[]> bytes = charset.flatMap(c -> bytes(m.group(2), m.group(3)));
            if (bytes.isEmpty()) {
                run.flushInto(out);
                out.append(between).append(m.group());
            } else {
                if (!(run.isOpen() && between.isBlank())) {
                    run.flushInto(out);
                    out.append(between);
                }
                run.add(charset.get(), bytes.get(), out);
            }
            last = m.end();
        }
        run.flushInto(out);
        return out.append(text.substring(last)).toString();
    }

    private static Optional<byte[]> bytes(String encoding, String payload) {
        if (encoding.equalsIgnoreCase("B")) {
            try {
                return Optional.of(Base64.getMimeDecoder().decode(payload));
            } catch (IllegalArgumentException e) {
                // Broken padding or length: the word is shown as received rather than guessed at.
                return Optional.empty();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && isHex(payload, i + 1)) {
                out.write(Integer.parseInt(payload.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return Optional.of(out.toByteArray());
    }

    private static boolean isHex(String s, int at) {
        return at + 2 <= s.length() && Character.digit(s.charAt(at), 16) >= 0 && Character.digit(s.charAt(at + 1), 16) >= 0;
    }

    /** Bytes of consecutive encoded words in one charset, decoded together. */
    private static final class Run {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Charset charset;

        boolean isOpen() {
            return charset != null;
        }

        void add(Charset wordCharset, byte[] wordBytes, StringBuilder out) {
            if (charset != null && !charset.equals(wordCharset)) {
                flushInto(out);
            }
            charset = wordCharset;
            bytes.writeBytes(wordBytes);
        }

        void flushInto(StringBuilder out) {
            if (charset != null) {
                out.append(new String(bytes.toByteArray(), charset));
                bytes.reset();
                charset = null;
            }
        }
    }
}
