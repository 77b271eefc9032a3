package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nianbao.model.Proactive2019;
import org.nianbao.model.Proactive2021;
import org.nianbao.model.ProactiveTable;

/**
 * Reads table 二 by its row labels. The template is decided from the column headers printed in the table
 * (本年新制作数量 … is 2019, 本年制发件数 … is 2021), never from the report year, and the columns of one
 * template are never mapped onto the other's.
 */
final class ProactiveReader {

    private static final List<String> MARKERS_2019 = List.of("本年新", "对外公开总数", "上一年项目数", "本年增/减", "本年增减",
            "采购项目数", "采购总金额", "其他对外管理服务事项", "政府集中采购");
    private static final List<String> MARKERS_2021 = List.of("本年制发", "本年废止", "现行有效", "本年处理决定", "本年收费金额",
            "行政规范性文件");

    /** Table 二 as read, with the template its headers show. */
    record Read(ProactiveTable table, TableCells cells, boolean template2021) {
    }

    private ProactiveReader() {
    }

    static OptionalInt anchor(TokenStream stream, int from) {
        return stream.find(from, t -> t.isLabelSized() && (t.norm().startsWith("第二十条") || t.norm().equals("信息内容")));
    }

    static Optional<Read> read(TokenStream stream, int anchor, int limit) {
        Optional<Boolean> template2021 = template(stream, anchor, limit);
        if (template2021.isEmpty()) {
            return Optional.empty();
        }
        boolean is2021 = template2021.get();
        TableCells cells = new TableCells("proactive");
        Set<ProactiveRow> seen = EnumSet.noneOf(ProactiveRow.class);
        List<int[]> named = new ArrayList<>();
        List<Unnamed> unnamed = new ArrayList<>();
        for (int i = anchor; i < limit; i++) {
            ProactiveRow row = ProactiveRow.match(stream.get(i));
            List<String> columns = row == null ? List.of() : row.columns(is2021);
            if (row == null && mayBeRowLabel(stream.get(i))) {
                RowValues values = RowValues.after(stream, i, MAX_COLUMNS, limit);
                if (!values.values().isEmpty()) {
                    unnamed.add(new Unnamed(i, stream.get(i), values));
                    i = values.lastIndex();
                }
                continue;
            }
            if (columns.isEmpty() || seen.contains(row)) {
                continue;
            }
            RowValues values = RowValues.after(stream, i, columns.size(), limit);
            if (values.values().isEmpty()) {
                continue;
            }
            seen.add(row);
            named.add(new int[] {i, row.ordinal()});
            store(cells, row, columns, values, unitOf(stream, anchor, i, row, is2021));
            cells.span(i, values.lastIndex(), stream.get(i).fromGrid());
            i = values.lastIndex();
        }
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        place(stream, anchor, cells, seen, named, unnamed, is2021);
        cells.span(anchor, cells.lastToken(), stream.get(anchor).fromGrid());
        for (ProactiveRow row : ProactiveRow.values()) {
            if (!seen.contains(row) && !row.columns(is2021).isEmpty()) {
                row.columns(is2021).forEach(c -> cells.putMissing(row.field() + "." + c));
                cells.warn("TABLE_ROW_MISSING", "table 二 row " + row.field() + " not found");
            }
        }
        return Optional.of(new Read(is2021 ? build2021(cells) : build2019(cells), cells, is2021));
    }

    /** More values than any row of table 二 has. */
    private static final int MAX_COLUMNS = 4;

    /** A label naming no row, followed by values. */
    private record Unnamed(int token, Token label, RowValues values) {
    }

    private static boolean mayBeRowLabel(Token token) {
        return token.isLabelSized() && !token.isValue() && token.norm().length() <= 40 && !token.norm().startsWith("第二十条")
                && token.norm().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 2;
    }

    /**
     * Gives an unnamed row (garbled label) the template row missing at its place between the rows read
     * before and after it, when it prints as many values as that row has columns and its label is like
     * the row's (see {@link RowPlacement}); says so in a warning.
     */
    private static void place(TokenStream stream, int anchor, TableCells cells, Set<ProactiveRow> seen, List<int[]> named,
            List<Unnamed> unnamed, boolean is2021) {
        for (Unnamed u : unnamed) {
            int before = -1;
            int after = ProactiveRow.values().length;
            int lo = -1;
            int hi = Integer.MAX_VALUE;
            for (int[] n : named) {
                if (n[0] < u.token() && n[0] > lo) {
                    lo = n[0];
                    before = n[1];
                }
                if (n[0] > u.token() && n[0] < hi) {
                    hi = n[0];
                    after = n[1];
                }
            }
            final int from = lo;
            final int to = hi;
            int printed = u.values().printed().size();
            List<ProactiveRow> missing = new ArrayList<>();
            for (ProactiveRow r : ProactiveRow.values()) {
                if (r.ordinal() > before && r.ordinal() < after && !seen.contains(r) && r.columns(is2021).size() == printed) {
                    missing.add(r);
                }
            }
            boolean alone = unnamed.stream().filter(o -> o.token() > from && o.token() < to).count() == 1;
            ProactiveRow row = choose(u.label().text(), missing, alone);
            if (row == null) {
                continue;
            }
            seen.add(row);
            store(cells, row, row.columns(is2021), u.values(), unitOf(stream, anchor, u.token(), row, is2021));
            cells.span(u.token(), u.values().lastIndex(), u.label().fromGrid());
            cells.warnAt("TABLE_ROW_BY_PLACE", "table 二: the row labelled '" + u.label().text().strip() + "' is read as '"
                    + row.label() + "' from its place among the rows read and the likeness of its label", row.field());
        }
    }

    private static ProactiveRow choose(String label, List<ProactiveRow> missing, boolean alone) {
        if (missing.size() == 1 && alone) {
            return RowPlacement.similarity(label, missing.get(0).label()) >= RowPlacement.SOME ? missing.get(0) : null;
        }
        ProactiveRow best = null;
        double top = -1;
        double second = -1;
        for (ProactiveRow r : missing) {
            double s = RowPlacement.similarity(label, r.label());
            if (s > top) {
                second = top;
                top = s;
                best = r;
            } else if (s > second) {
                second = s;
            }
        }
        return top >= RowPlacement.CLEAR && top - second >= RowPlacement.MARGIN ? best : null;
    }

    /** 2021 when the headers show more 2021 markers than 2019 ones; empty when they show neither. */
    private static Optional<Boolean> template(TokenStream stream, int anchor, int limit) {
        int score2019 = 0;
        int score2021 = 0;
        for (int i = anchor; i < limit; i++) {
            Token t = stream.get(i);
            if (!t.isLabelSized()) {
                continue;
            }
            String n = t.norm();
            score2019 += containsAny(n, MARKERS_2019) ? 1 : 0;
            score2021 += containsAny(n, MARKERS_2021) ? 1 : 0;
        }
        return score2019 == score2021 ? Optional.empty() : Optional.of(score2021 > score2019);
    }

    private static boolean containsAny(String text, List<String> markers) {
        for (String m : markers) {
            if (text.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static void store(TableCells cells, ProactiveRow row, List<String> columns, RowValues values, String unit) {
        if (!values.complete(columns.size())) {
            cells.warn("TABLE_ROW_INCOMPLETE", "table 二 row " + row.field() + ": " + values.values().size() + " of "
                    + columns.size() + " cells" + (values.extra() > 0 ? ", " + values.extra() + " extra ignored" : ""));
        }
        for (int c = 0; c < columns.size(); c++) {
            String path = row.field() + "." + columns.get(c);
            boolean money = columns.get(c).startsWith("amount");
            if (c < values.values().size()) {
                cells.put(path, values.values().get(c), money ? unit : null);
            } else {
                cells.putMissing(path);
            }
        }
    }

    /** The money unit of a row's amount column: from its header if printed, else the template's (万元 for 2021 fees). */
    private static String unitOf(TokenStream stream, int anchor, int rowIndex, ProactiveRow row, boolean is2021) {
        for (int i = rowIndex - 1; i >= anchor; i--) {
            String n = stream.get(i).norm();
            if (n.contains("收费金额") || n.contains("采购总金额")) {
                return n.contains("万元") ? "万元" : n.contains("元") ? "元" : (is2021 ? "万元" : null);
            }
        }
        return is2021 && row == ProactiveRow.FEES ? "万元" : null;
    }

    private static Proactive2019 build2019(TableCells c) {
        return new Proactive2019(
                new Proactive2019.Documents(c.get("regulations.newlyMade"), c.get("regulations.newlyPublished"), c.get("regulations.totalPublished")),
                new Proactive2019.Documents(c.get("normativeDocuments.newlyMade"), c.get("normativeDocuments.newlyPublished"),
                        c.get("normativeDocuments.totalPublished")),
                items(c, "licensing"), items(c, "otherServices"), items(c, "punishment"), items(c, "coercion"),
                new Proactive2019.Fees(c.get("fees.previousCount"), c.get("fees.change")),
                new Proactive2019.Procurement(c.get("procurement.projects"), c.get("procurement.amount")));
    }

    private static Proactive2019.Items items(TableCells c, String row) {
        return new Proactive2019.Items(c.get(row + ".previousCount"), c.get(row + ".change"), c.get(row + ".decisions"));
    }

    private static Proactive2021 build2021(TableCells c) {
        return new Proactive2021(
                new Proactive2021.Documents(c.get("regulations.issued"), c.get("regulations.repealed"), c.get("regulations.inForce")),
                new Proactive2021.Documents(c.get("normativeDocuments.issued"), c.get("normativeDocuments.repealed"),
                        c.get("normativeDocuments.inForce")),
                decisions(c.get("licensing.decisions")), decisions(c.get("punishment.decisions")),
                decisions(c.get("coercion.decisions")), new Proactive2021.Fees(c.get("fees.amountWanYuan")));
    }

    private static Proactive2021.Decisions decisions(BigDecimal value) {
        return new Proactive2021.Decisions(value);
    }
}
