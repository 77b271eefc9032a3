package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nianbao.model.Cols;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.RequestsTable.Denied;
import org.nianbao.model.RequestsTable.NotProcessed;
import org.nianbao.model.RequestsTable.OtherHandlingDetail;
import org.nianbao.model.RequestsTable.Results;
import org.nianbao.model.RequestsTable.UnableToProvide;

/**
 * Reads table 三 by its row labels: each label is followed by its seven values (自然人 … 总计). Works on
 * grids, pipe lines and one-cell-per-line text alike, because it follows labels and never counts numbers
 * across rows.
 */
final class RequestsReader {

    private static final int COLUMNS = Cols.NAMES.size();

    /** Table 三 as read, and whether its （六） row was split into the 2021 sub-rows. */
    record Read(RequestsTable table, TableCells cells, boolean template2021) {
    }

    private RequestsReader() {
    }

    static OptionalInt anchor(TokenStream stream, int from) {
        return stream.find(from, t -> t.isLabelSized()
                && (t.norm().contains("本列数据的勾稽关系") || RequestRow.match(t, false) == RequestRow.NEW_RECEIVED));
    }

    static Optional<Read> read(TokenStream stream, int anchor, int limit) {
        TableCells cells = new TableCells("requests");
        Set<RequestRow> seen = EnumSet.noneOf(RequestRow.class);
        boolean inOtherHandling = false;
        for (int i = anchor; i < limit && !seen.contains(RequestRow.CARRIED_FORWARD); i++) {
            Token token = stream.get(i);
            RequestRow row = RequestRow.match(token, inOtherHandling);
            if (row == null) {
                continue;
            }
            RowValues values = RowValues.after(stream, i, COLUMNS, limit);
            if (row == RequestRow.OTHER_HANDLING && values.values().isEmpty()) {
                inOtherHandling = true;
                continue;
            }
            inOtherHandling &= RequestRow.DETAIL_ROWS.contains(row);
            if (values.values().isEmpty() || seen.contains(row) || isColumnHeader(token, row, seen)) {
                continue;
            }
            seen.add(row);
            store(cells, row, values);
            cells.span(i, values.lastIndex(), token.fromGrid());
            i = values.lastIndex();
        }
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        cells.span(anchor, cells.lastToken(), stream.get(anchor).fromGrid());
        boolean template2021 = seen.stream().anyMatch(RequestRow.DETAIL_ROWS::contains);
        markMissing(cells, seen, template2021);
        return Optional.of(new Read(build(cells, template2021), cells, template2021));
    }

    /**
     * A bare "总计" is the 总计 column's header until result rows have been read; after them it is the
     * （七）总计 row of a table that printed the label without its ordinal.
     */
    private static boolean isColumnHeader(Token token, RequestRow row, Set<RequestRow> seen) {
        return row == RequestRow.RESULTS_TOTAL && token.norm().equals("总计") && !seen.contains(RequestRow.GRANTED);
    }

    private static void store(TableCells cells, RequestRow row, RowValues values) {
        if (!values.complete(COLUMNS)) {
            cells.warn("TABLE_ROW_INCOMPLETE", "table 三 row " + row.path() + ": " + values.values().size()
                    + " of " + COLUMNS + " cells" + (values.extra() > 0 ? ", " + values.extra() + " extra ignored" : ""));
        }
        for (int c = 0; c < COLUMNS; c++) {
            String path = row.cellPaths().get(c);
            if (c < values.values().size()) {
                cells.put(path, values.values().get(c), null);
            } else {
                cells.putMissing(path);
            }
        }
    }

    private static void markMissing(TableCells cells, Set<RequestRow> seen, boolean template2021) {
        List<String> missing = new ArrayList<>();
        for (RequestRow row : RequestRow.values()) {
            boolean applies = template2021 ? row != RequestRow.OTHER_HANDLING : !RequestRow.DETAIL_ROWS.contains(row);
            if (applies && !seen.contains(row)) {
                missing.add(row.path());
                row.cellPaths().forEach(cells::putMissing);
            }
        }
        if (!missing.isEmpty()) {
            cells.warn("TABLE_ROW_MISSING", "table 三 rows not found: " + String.join(", ", missing));
        }
    }

    private static RequestsTable build(TableCells cells, boolean template2021) {
        OtherHandlingDetail detail = template2021
                ? new OtherHandlingDetail(cols(cells, RequestRow.OVERDUE_CORRECTION), cols(cells, RequestRow.UNPAID_FEE),
                        cols(cells, RequestRow.OTHER_DETAIL))
                : null;
        Cols otherHandling = detail == null ? cols(cells, RequestRow.OTHER_HANDLING)
                : sum(List.of(detail.overdueCorrection(), detail.unpaidFee(), detail.other()));
        Results results = new Results(
                cols(cells, RequestRow.GRANTED), cols(cells, RequestRow.PARTIALLY_GRANTED),
                new Denied(cols(cells, RequestRow.STATE_SECRET), cols(cells, RequestRow.PROHIBITED_BY_LAW),
                        cols(cells, RequestRow.ENDANGERS_SECURITY), cols(cells, RequestRow.THIRD_PARTY_RIGHTS),
                        cols(cells, RequestRow.INTERNAL_AFFAIRS), cols(cells, RequestRow.PROCESS_INFORMATION),
                        cols(cells, RequestRow.LAW_ENFORCEMENT_FILE), cols(cells, RequestRow.ADMINISTRATIVE_QUERY)),
                new UnableToProvide(cols(cells, RequestRow.NOT_HELD), cols(cells, RequestRow.NEEDS_CREATION),
                        cols(cells, RequestRow.STILL_UNCLEAR)),
                new NotProcessed(cols(cells, RequestRow.PETITION), cols(cells, RequestRow.REPEATED),
                        cols(cells, RequestRow.PUBLICATION), cols(cells, RequestRow.EXCESSIVE),
                        cols(cells, RequestRow.CONFIRMATION)),
                otherHandling, detail, cols(cells, RequestRow.RESULTS_TOTAL));
        return new RequestsTable(cols(cells, RequestRow.NEW_RECEIVED), cols(cells, RequestRow.CARRIED_OVER), results,
                cols(cells, RequestRow.CARRIED_FORWARD));
    }

    private static Cols cols(TableCells cells, RequestRow row) {
        List<BigDecimal> values = new ArrayList<>();
        row.cellPaths().forEach(p -> values.add(cells.get(p)));
        return Cols.of(values);
    }

    /** Column-wise sum of rows; null in a column where every row is null. */
    static Cols sum(List<Cols> rows) {
        List<BigDecimal> out = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            BigDecimal total = null;
            for (Cols row : rows) {
                BigDecimal v = row.get(c);
                if (v != null) {
                    total = total == null ? v : total.add(v);
                }
            }
            out.add(total);
        }
        return Cols.of(out);
    }
}
