package org.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The wide table as a CSV for Excel: UTF-8 with a byte order mark (so Excel reads the Chinese headers),
 * CRLF line ends, and text that would start a formula neutralised with a leading {@code '}.
 */
public final class WideCsv {

    private static final String BOM = "\uFEFF";

    private WideCsv() {
    }

    public static void write(List<ExportedReport> reports, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        CsvText.line(w, WideTable.header(), true, "\r\n");
        for (ExportedReport report : reports) {
            CsvText.line(w, WideTable.row(report), true, "\r\n");
        }
        w.flush();
    }
}
