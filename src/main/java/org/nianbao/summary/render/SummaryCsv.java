package org.nianbao.summary.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Proactive2021;
import org.nianbao.model.Tables;
import org.nianbao.summary.RegionalSummary;

/**
 * A regional summary as a spreadsheet: one row per included report and one column per printed cell of
 * the summary's template (in template order), then a row 合计 with the summary's sums. UTF-8 with a byte
 * order mark, so that Excel opens the Chinese names correctly; RFC 4180 quoting and CRLF line ends.
 */
public final class SummaryCsv {

    static final String TOTAL_ROW = "合计";
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    /** The header: {@code id, agency, status}, then the cell paths of a template. */
    public static List<String> header(String template) {
        List<String> out = new ArrayList<>(List.of("id", "agency", "status"));
        out.addAll(cellPaths(template));
        return out;
    }

    /** Every printed cell of a template's three tables, in template order, as canonical paths. */
    public static List<String> cellPaths(String template) {
        return OfficialTables.all(template).stream()
                .flatMap(grid -> grid.values().stream())
                .map(GridCell::path)
                .toList();
    }

    public byte[] render(RegionalSummary summary, List<AnnualReport> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(summary, reports, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a CSV to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * @param reports the included reports, in any order; each included id must have its report here
     * @throws IllegalArgumentException when the reports do not match the summary's included list
     */
    public void write(RegionalSummary summary, List<AnnualReport> reports, OutputStream out) throws IOException {
        List<String> paths = cellPaths(summary.template());
        Map<String, AnnualReport> byId = byId(summary, reports);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        line(w, header(summary.template()));
        for (RegionalSummary.Included included : summary.included()) {
            AnnualReport report = byId.get(included.id());
            CellValues values = new CellValues(comparable(report.tables(), summary.template()));
            line(w, row(List.of(included.id(), text(included.agency()), text(included.status())), paths, values));
        }
        line(w, row(List.of(TOTAL_ROW, "", ""), paths, new CellValues(summary.tables())));
        w.flush();
    }

    private static Map<String, AnnualReport> byId(RegionalSummary summary, List<AnnualReport> reports) {
        Map<String, AnnualReport> byId = new LinkedHashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        for (RegionalSummary.Included included : summary.included()) {
            if (!byId.containsKey(included.id())) {
                throw new IllegalArgumentException("the report " + included.id() + " (" + included.agency()
                        + ") is in the summary but was not given");
            }
        }
        if (byId.size() != summary.included().size()) {
            throw new IllegalArgumentException(reports.size() + " reports given for a summary of "
                    + summary.included().size() + ": pass exactly the included reports");
        }
        return byId;
    }

    /**
     * A report's tables as far as they fit the summary's template: table 二 of the other template means
     * different things under the same names (licensing.decisions exists in both), so it is left out.
     */
    private static Tables comparable(Tables tables, String template) {
        if (tables == null || tables.proactive() == null) {
            return tables;
        }
        boolean is2021 = tables.proactive() instanceof Proactive2021;
        return is2021 == OfficialTables.is2021(template) ? tables
                : new Tables(null, tables.requests(), tables.reviewLitigation(), tables.origins());
    }

    private static List<String> row(List<String> lead, List<String> paths, CellValues values) {
        List<String> out = new ArrayList<>(lead);
        paths.forEach(p -> out.add(values.printed(p)));
        return out;
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quoted(fields.get(i)));
        }
        w.write(CRLF);
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String quoted(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
