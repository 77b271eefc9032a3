package org.nianbao.mail;

import java.nio.charset.StandardCharsets;

/**
 * A plain-text mail body as a minimal UTF-8 web page, one paragraph per line, so the HTML converter can
 * read a report that was pasted into a plain-text mail. The tables of such a report survive only as text
 * lines, which the extractor reads as flattened tables.
 */
final class PlainTextPage {

    private PlainTextPage() {
    }

    static byte[] of(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n");
        for (String line : text.split("\\r?\\n|\\r")) {
            if (!line.isBlank()) {
                html.append("<p>").append(escape(line)).append("</p>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
