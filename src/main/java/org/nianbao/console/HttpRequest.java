package org.nianbao.console;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the console sees it, independent of the server: method, path, query and form
 * parameters (first value of each name), the request headers (names in lower case) and the raw body.
 */
public record HttpRequest(String method, String path, Map<String, String> query, Map<String, String> form,
                          Map<String, String> headers, byte[] body) {

    public HttpRequest {
        query = Map.copyOf(query);
        form = Map.copyOf(form);
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        headers = Map.copyOf(lower);
        body = body == null ? new byte[0] : body;
    }

    public static HttpRequest get(String path, Map<String, String> query, Map<String, String> headers) {
        return new HttpRequest("GET", path, query, Map.of(), headers, new byte[0]);
    }

    public boolean post() {
        return "POST".equalsIgnoreCase(method);
    }

    public String param(String name) {
        String value = form.get(name);
        return value != null ? value : query.getOrDefault(name, "");
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The value of a cookie from the Cookie header. */
    public Optional<String> cookie(String name) {
        for (String part : header("cookie").orElse("").split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                return Optional.of(part.substring(eq + 1).strip());
            }
        }
        return Optional.empty();
    }

    /** Parses {@code a=1&b=%E4%B8%AD} (a query string or a form body); a name seen twice keeps its first value. */
    public static Map<String, String> parseForm(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.putIfAbsent(name, value);
        }
        return values;
    }

    static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed escape from outside is taken literally rather than failing the request.
            return text;
        }
    }

}
