package org.nianbao.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for HTML text and attribute values, and URL parameters: every string from outside goes through it. */
public final class Html {

    private Html() {
    }

    /** Text or a double-quoted attribute value; null becomes empty. Control characters other than tab/newline are dropped. */
    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    public static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
