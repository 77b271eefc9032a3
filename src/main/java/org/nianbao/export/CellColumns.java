package org.nianbao.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Proactive2021;
import org.nianbao.model.ProactiveTable;
import org.nianbao.summary.render.CellKind;
import org.nianbao.summary.render.Grid;
import org.nianbao.summary.render.GridCell;
import org.nianbao.summary.render.OfficialTables;

/**
 * Every cell of tables 二, 三 and 四 with the labels the official templates print for it (taken from the
 * template skeletons of {@link OfficialTables}): table 二 once per template, table 三 with the rows of
 * both templates (（六）其他处理 and its three 2021 sub-rows), table 四.
 */
public final class CellColumns {

    public static final String TEMPLATE_2019 = OfficialTables.TEMPLATE_2019;
    public static final String TEMPLATE_2021 = OfficialTables.TEMPLATE_2021;

    private static final Map<String, String> TABLE_NAMES = Map.of(
            "proactive", "表二", "requests", "表三", "reviewLitigation", "表四");
    private static final List<CellColumn> ALL = build();

    private CellColumns() {
    }

    /** The columns of the wide export, in template order. */
    public static List<CellColumn> all() {
        return ALL;
    }

    /** The printed name of a table key: proactive → 表二. */
    public static String tableName(String table) {
        return TABLE_NAMES.getOrDefault(table, table);
    }

    /** Which of table 二's two column sets a report's table 二 fills. */
    public static String variantOf(ProactiveTable proactive) {
        return proactive instanceof Proactive2021 ? TEMPLATE_2021 : TEMPLATE_2019;
    }

    /** The column of a cell; {@code variant} matters for table 二 only. */
    public static Optional<CellColumn> find(String variant, String path) {
        String key = (path.startsWith("proactive.") ? variant : "") + ":" + path;
        return Optional.ofNullable(BY_KEY.get(key));
    }

    private static final Map<String, CellColumn> BY_KEY = byKey();

    private static Map<String, CellColumn> byKey() {
        Map<String, CellColumn> out = new LinkedHashMap<>();
        ALL.forEach(c -> out.put(c.variant() + ":" + c.path(), c));
        return out;
    }

    private static List<CellColumn> build() {
        List<CellColumn> out = new ArrayList<>();
        out.addAll(columns(OfficialTables.proactive(TEMPLATE_2019), TEMPLATE_2019));
        out.addAll(columns(OfficialTables.proactive(TEMPLATE_2021), TEMPLATE_2021));
        out.addAll(merged(columns(OfficialTables.requests(TEMPLATE_2019), ""),
                columns(OfficialTables.requests(TEMPLATE_2021), "")));
        out.addAll(columns(OfficialTables.review(), ""));
        return List.copyOf(out);
    }

    /** {@code first}, with each cell only {@code second} has inserted after the cell that precedes it there. */
    private static List<CellColumn> merged(List<CellColumn> first, List<CellColumn> second) {
        List<CellColumn> out = new ArrayList<>(first);
        int at = 0;
        for (CellColumn c : second) {
            int found = indexOf(out, c.path());
            if (found >= 0) {
                at = found + 1;
            } else {
                out.add(at++, c);
            }
        }
        return out;
    }

    private static int indexOf(List<CellColumn> columns, String path) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static List<CellColumn> columns(Grid grid, String variant) {
        List<CellColumn> out = new ArrayList<>();
        for (GridCell value : grid.values()) {
            out.add(new CellColumn(variant, value.path(), tableName(grid.name()), rowLabel(grid, value),
                    columnLabel(grid, value)));
        }
        return out;
    }

    /** The labels left of the cell in its row, outermost (leftmost) first. */
    private static String rowLabel(Grid grid, GridCell value) {
        List<String> labels = new ArrayList<>();
        for (GridCell c : grid.cells()) {
            if (c.kind() == CellKind.LABEL && c.row() <= value.row() && c.lastRow() >= value.row()
                    && c.lastCol() < value.col()) {
                labels.add(c.text());
            }
        }
        return String.join("/", labels);
    }

    /**
     * The headers above the cell: from the nearest header row above it, upwards while the cell's column
     * is covered by headers (a block caption included), outermost first.
     */
    private static String columnLabel(Grid grid, GridCell value) {
        List<String> headers = new ArrayList<>();
        int row = value.row() - 1;
        while (row >= 0 && !isHeader(covering(grid, row, value.col()))) {
            row--;
        }
        while (row >= 0 && isHeader(covering(grid, row, value.col()))) {
            GridCell c = covering(grid, row, value.col());
            headers.add(0, c.text());
            row = c.row() - 1;
        }
        return String.join("/", headers);
    }

    private static boolean isHeader(GridCell cell) {
        return cell != null && cell.kind() == CellKind.HEADER;
    }

    private static GridCell covering(Grid grid, int row, int col) {
        for (GridCell c : grid.cells()) {
            if (c.row() <= row && c.lastRow() >= row && c.col() <= col && c.lastCol() >= col) {
                return c;
            }
        }
        return null;
    }
}
