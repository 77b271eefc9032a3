package org.nianbao.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A structured header value such as {@code Content-Disposition: attachment; filename*=gbk''%BA%D3...}: its
 * leading token and its parameters. Parameter values are decoded from every form real mail uses: RFC 2231
 * ({@code name*=charset'lang'%XX}) with continuations ({@code name*0*=}, {@code name*1*=}), RFC 2047 words,
 * also inside quotes, and raw 8-bit bytes. Parsed by hand rather than by Jakarta Mail, whose strict parser
 * rejects common malformed values and decodes {@code gb2312} with the too-narrow GB2312 table.
 */
final class HeaderParameters {

    private final String token;
    private final Map<String, String> values;

    private HeaderParameters(String token, Map<String, String> values) {
        this.token = token;
        this.values = values;
    }

    /** Parses an unfolded header value; null gives an empty token and no parameters. */
    static HeaderParameters parse(String header) {
        Map<String, String> values = new LinkedHashMap<>();
        String token = "";
        List<String> segments = header == null ? List.of() : segments(header);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i).strip();
            int eq = segment.indexOf('=');
            if (i == 0 && eq < 0) {
                token = segment.toLowerCase(Locale.ROOT);
            } else if (eq > 0) {
                String name = segment.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                values.putIfAbsent(name, unquote(segment.substring(eq + 1).strip()));
            }
        }
        return new HeaderParameters(token, values);
    }

    /** The leading token in lower case, e.g. {@code attachment} or {@code application/pdf}; empty if absent. */
    String token() {
        return token;
    }

    /** The decoded value of a parameter, if present and not blank. */
    Optional<String> get(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        String decoded;
        if (values.containsKey(key + "*")) {
            decoded = extended(List.of(new Segment(values.get(key + "*"), true)));
        } else if (values.containsKey(key + "*0") || values.containsKey(key + "*0*")) {
            decoded = extended(continuation(key));
        } else if (values.containsKey(key)) {
            decoded = EncodedWords.decode(MimeCharset.repairRawBytes(values.get(key)));
        } else {
            decoded = null;
        }
        return Optional.ofNullable(decoded).map(String::strip).filter(v -> !v.isEmpty());
    }

    private record Segment(String text, boolean percentEncoded) {
    }

    private List<Segment> continuation(String key) {
        List<Segment> parts = new ArrayList<>();
        for (int i = 0; ; i++) {
            String encoded = values.get(key + "*" + i + "*");
            String plain = values.get(key + "*" + i);
            if (encoded != null) {
                parts.add(new Segment(encoded, true));
            } else if (plain != null) {
                parts.add(new Segment(plain, false));
            } else {
                return parts;
            }
        }
    }

    /** RFC 2231: the first encoded segment may start with {@code charset'language'}; the bytes of all segments form one text. */
    private static String extended(List<Segment> segments) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String charset = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String text = segment.text();
            if (!segment.percentEncoded()) {
                bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
                continue;
            }
            int first = text.indexOf('\'');
            int second = first < 0 ? -1 : text.indexOf('\'', first + 1);
            if (i == 0 && second > 0) {
                charset = text.substring(0, first);
                text = text.substring(second + 1);
            }
            percentDecode(text, bytes);
        }
        return MimeCharset.decode(bytes.toByteArray(), charset);
    }

    private static void percentDecode(String text, ByteArrayOutputStream out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(c <= 0xFF ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            }
        }
    }

    /** Splits at semicolons that are not inside a quoted string. */
    private static List<String> segments(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted && c == '\\' && i + 1 < header.length()) {
                current.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static String unquote(String value) {
        if (!value.startsWith("\"")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                out.append(value.charAt(++i));
            } else if (c == '"') {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
