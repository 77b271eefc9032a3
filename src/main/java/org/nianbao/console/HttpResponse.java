package org.nianbao.console;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the console answers: a status, a content type, extra headers and the body bytes. */
public record HttpResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    public static final String HTML = "text/html; charset=utf-8";

    public HttpResponse {
        headers = Map.copyOf(headers);
    }

    public static HttpResponse html(int status, String page) {
        return new HttpResponse(status, HTML, securityHeaders(), page.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse text(int status, String contentType, String text) {
        return new HttpResponse(status, contentType, securityHeaders(), text.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse bytes(String contentType, byte[] body, Map<String, String> extra) {
        Map<String, String> headers = securityHeaders();
        headers.putAll(extra);
        return new HttpResponse(200, contentType, headers, body);
    }

    public static HttpResponse redirect(String location) {
        Map<String, String> headers = securityHeaders();
        headers.put("Location", location);
        return new HttpResponse(303, "text/plain; charset=utf-8", headers, new byte[0]);
    }

    public HttpResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpResponse(status, contentType, copy, body);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** No framing by other sites, no content sniffing, no caching of pages that hold report data. */
    private static Map<String, String> securityHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                + " script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'");
        headers.put("Cache-Control", "no-store");
        headers.put("Referrer-Policy", "same-origin");
        return headers;
    }
}
