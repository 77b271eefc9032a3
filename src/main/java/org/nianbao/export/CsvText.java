package org.nianbao.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** RFC 4180 fields: a field with a comma, quote or line break is quoted, its quotes doubled. */
final class CsvText {

    private CsvText() {
    }

    /**
     * Writes one record. {@code spreadsheet}: a text field that a spreadsheet would run as a formula
     * ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first) is prefixed with {@code '}, as
     * the text came from outside; figures are written as they are.
     */
    static void line(Writer w, List<?> fields, boolean spreadsheet, String lineEnd) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields.get(i), spreadsheet));
        }
        w.write(lineEnd);
    }

    static String field(Object value, boolean spreadsheet) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal figure) {
            return figure.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        if (spreadsheet && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }
}
