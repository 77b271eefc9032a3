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
        List<Placed> named = new ArrayList<>();
        List<Unnamed> unnamed = new ArrayList<>();
        boolean inOtherHandling = false;
        for (int i = anchor; i < limit && !seen.contains(RequestRow.CARRIED_FORWARD); i++) {
            Token token = stream.get(i);
            RequestRow row = RequestRow.match(token, inOtherHandling);
            if (row == null && i > anchor && isLabelPiece(stream.get(i - 1))) {
                // A label spread over two cells or lines (2.重复 | 申请): the two pieces together name the row.
                Token joined = Token.of(stream.get(i - 1).text().strip() + token.text().strip(), token.block(), token.fromGrid());
                RequestRow whole = RequestRow.match(joined, inOtherHandling);
                row = whole != null && !seen.contains(whole) ? whole : null;
            }
            if (row == null) {
                if (!seen.isEmpty() && mayBeRowLabel(token)) {
                    RowValues values = RowValues.after(stream, i, COLUMNS, limit);
                    if (values.printed().size() >= MIN_UNNAMED_VALUES) {
                        unnamed.add(new Unnamed(i, token, values));
                        i = values.lastIndex();
                    }
                }
                continue;
            }
            RowValues values = RowValues.after(stream, i, COLUMNS, limit);
            if (row == RequestRow.OTHER_HANDLING && values.values().isEmpty()) {
                inOtherHandling = true;
                continue;
            }
            inOtherHandling &= RequestRow.DETAIL_ROWS.contains(row);
            if (values.values().isEmpty() && !isColumnHeader(token, row, seen)) {
                values = afterSplitLabel(stream, i, limit).orElse(values);
            }
            if (values.values().isEmpty() || seen.contains(row) || isColumnHeader(token, row, seen)) {
                continue;
            }
            seen.add(row);
            named.add(new Placed(i, row));
            store(cells, row, values);
            cells.span(i, values.lastIndex(), token.fromGrid());
            i = values.lastIndex();
        }
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        place(cells, seen, named, unnamed);
        cells.span(anchor, cells.lastToken(), stream.get(anchor).fromGrid());
        boolean template2021 = seen.stream().anyMatch(RequestRow.DETAIL_ROWS::contains);
        markMissing(cells, seen, template2021);
        return Optional.of(new Read(build(cells, template2021), cells, template2021));
    }

    /** A row read under its label's name, at the token where the label stands. */
    private record Placed(int token, RequestRow row) {
    }

    /** A label naming no row, followed by values. */
    private record Unnamed(int token, Token label, RowValues values) {
    }

    /** A row with an unnamed label needs most of its values, so that no stray line is taken for one. */
    private static final int MIN_UNNAMED_VALUES = COLUMNS - 1;
    private static final int MAX_LABEL = 60;
    /** A label cut over lines or cells goes on for at most this many tokens, each this short. */
    private static final int MAX_LABEL_PIECES = 2;
    private static final int MAX_PIECE = 24;

    /** A short piece of text naming no row and followed directly by more text: maybe half a label. */
    private static boolean isLabelPiece(Token token) {
        return token.isLabelSized() && !token.isValue() && !token.norm().isEmpty() && token.norm().length() <= MAX_PIECE
                && RequestRow.match(token, false) == null;
    }

    private static boolean mayBeRowLabel(Token token) {
        return token.isLabelSized() && !token.isValue() && token.norm().length() <= MAX_LABEL
                && token.norm().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 2
                && !token.norm().contains("勾稽关系");
    }

    /**
     * The values after a label cut over lines or cells (1.本机关不掌握相关 | 政府信息 | 31 …): up to two short
     * pieces that name no row and carry no ordinal of their own, then the values.
     */
    private static Optional<RowValues> afterSplitLabel(TokenStream stream, int labelIndex, int limit) {
        int j = labelIndex + 1;
        while (j < limit && j <= labelIndex + MAX_LABEL_PIECES) {
            Token piece = stream.get(j);
            if (piece.isValue() || !piece.isLabelSized() || piece.norm().length() > MAX_PIECE || piece.norm().isEmpty()
                    || !piece.core().equals(piece.norm()) || RequestRow.match(piece, false) != null) {
                break;
            }
            RowValues values = RowValues.after(stream, j, COLUMNS, limit);
            if (!values.values().isEmpty()) {
                return Optional.of(values);
            }
            j++;
        }
        return Optional.empty();
    }

    /**
     * Gives each unnamed row the template row missing at its place, between the named rows before and
     * after it (see {@link RowPlacement}), and says so in a warning; an unnamed row whose place is not clear
     * is left out, with a warning naming its label.
     */
    private static void place(TableCells cells, Set<RequestRow> seen, List<Placed> named, List<Unnamed> unnamed) {
        boolean template2021 = seen.stream().anyMatch(RequestRow.DETAIL_ROWS::contains);
        boolean template2019 = seen.contains(RequestRow.OTHER_HANDLING);
        for (Unnamed u : unnamed) {
            Placed before = null;
            Placed after = null;
            for (Placed p : named) {
                if (p.token() < u.token() && (before == null || p.token() > before.token())) {
                    before = p;
                }
                if (p.token() > u.token() && (after == null || p.token() < after.token())) {
                    after = p;
                }
            }
            int from = before == null ? -1 : before.row().ordinal();
            int to = after == null ? RequestRow.values().length : after.row().ordinal();
            List<RequestRow> missing = new ArrayList<>();
            for (RequestRow r : RequestRow.values()) {
                boolean applies = !(template2021 && r == RequestRow.OTHER_HANDLING)
                        && !(template2019 && RequestRow.DETAIL_ROWS.contains(r));
                if (r.ordinal() > from && r.ordinal() < to && applies && !seen.contains(r)) {
                    missing.add(r);
                }
            }
            final int lo = before == null ? -1 : before.token();
            final int hi = after == null ? Integer.MAX_VALUE : after.token();
            long between = unnamed.stream().filter(o -> o.token() > lo && o.token() < hi).count();
            RequestRow row = RowPlacement.choose(u.label().text(), missing, between == 1);
            String label = u.label().text().strip();
            if (row == null) {
                cells.warn("TABLE_ROW_UNRECOGNISED", "table 三: a row labelled '" + label + "' with "
                        + u.values().printed().size() + " values names no row of the template and its place does not settle which");
                continue;
            }
            seen.add(row);
            store(cells, row, u.values());
            cells.span(u.token(), u.values().lastIndex(), u.label().fromGrid());
            cells.warnAt("TABLE_ROW_BY_PLACE", "table 三: the row labelled '" + label + "' is read as '"
                    + RowPlacement.label(row) + "' from its place between "
                    + (before == null ? "the table's start" : "'" + RowPlacement.label(before.row()) + "'") + " and "
                    + (after == null ? "the table's end" : "'" + RowPlacement.label(after.row()) + "'")
                    + " and the likeness of its label", row.path());
        }
    }

    /**
     * A bare "总计" is the 总计 column's header until result rows have been read; after them it is the
     * （七）总计 row of a table that printed the label without its ordinal.
     */
    private static boolean isColumnHeader(Token token, RequestRow row, Set<RequestRow> seen) {
        return row == RequestRow.RESULTS_TOTAL && token.norm().equals("总计") && !seen.contains(RequestRow.GRANTED);
    }

    private static void store(TableCells cells, RequestRow row, RowValues values) {
        List<CellValue> chosen = values.values();
        if (!values.complete(COLUMNS)) {
            Optional<RowReadings.Reading> reading = values.extra() > 0
                    ? RowReadings.oneTooMany(values.printed()) : Optional.empty();
            if (reading.isPresent()) {
                chosen = reading.get().cells();
                cells.warnAt("TABLE_ROW_READING", "table 三 row " + row.path() + ": " + values.printed().size()
                        + " values printed for " + COLUMNS + " columns; " + reading.get().decided(), row.path());
            } else {
                cells.warnAt("TABLE_ROW_INCOMPLETE", "table 三 row " + row.path() + ": " + values.values().size()
                        + " of " + COLUMNS + " cells" + (values.extra() > 0 ? ", " + values.extra() + " extra ignored" : ""),
                        row.path());
            }
        }
        for (int c = 0; c < COLUMNS; c++) {
            String path = row.cellPaths().get(c);
            CellValue value = c < chosen.size() ? chosen.get(c) : null;
            if (value != null) {
                cells.put(path, value, null);
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
