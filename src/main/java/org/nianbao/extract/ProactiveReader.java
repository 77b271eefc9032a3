package org.nianbao.extract;

import java.math.BigDecimal;
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
        for (int i = anchor; i < limit; i++) {
            ProactiveRow row = ProactiveRow.match(stream.get(i));
            List<String> columns = row == null ? List.of() : row.columns(is2021);
            if (columns.isEmpty() || seen.contains(row)) {
                continue;
            }
            RowValues values = RowValues.after(stream, i, columns.size(), limit);
            if (values.values().isEmpty()) {
                continue;
            }
            seen.add(row);
            store(cells, row, columns, values, unitOf(stream, anchor, i, row, is2021));
            cells.span(i, values.lastIndex(), stream.get(i).fromGrid());
            i = values.lastIndex();
        }
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        cells.span(anchor, cells.lastToken(), stream.get(anchor).fromGrid());
        for (ProactiveRow row : ProactiveRow.values()) {
            if (!seen.contains(row) && !row.columns(is2021).isEmpty()) {
                row.columns(is2021).forEach(c -> cells.putMissing(row.field() + "." + c));
                cells.warn("TABLE_ROW_MISSING", "table 二 row " + row.field() + " not found");
            }
        }
        return Optional.of(new Read(is2021 ? build2021(cells) : build2019(cells), cells, is2021));
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
