package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.BlankCell;
import org.nianbao.model.Warning;

/**
 * What a table reader collected: printed cell values by JSON path (template order), the blank cells,
 * warnings, and which tokens and blocks the table occupied (so they are not read again as prose).
 */
final class TableCells {

    private final String table;
    private final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    private final List<BlankCell> blanks = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private int firstToken = Integer.MAX_VALUE;
    private int lastToken = -1;
    private boolean fromGrid = true;

    TableCells(String table) {
        this.table = table;
    }

    void put(String path, CellValue value, String columnUnit) {
        if (value.isBlank()) {
            blanks.add(new BlankCell("tables." + table + "." + path, value.raw()));
            numbers.put(path, null);
            return;
        }
        if (value.needsConversion(columnUnit)) {
            warnings.add(new Warning("UNIT_CONVERTED", path + " " + value.raw() + " -> " + columnUnit, "tables." + table + "." + path));
        } else if (value.unit() != null && columnUnit == null && (value.unit().contains("元"))) {
            warnings.add(new Warning("UNIT_IN_CELL", path + " printed as " + value.raw() + "; the column names no unit", "tables." + table + "." + path));
        }
        numbers.put(path, value.in(columnUnit));
    }

    void putMissing(String path) {
        numbers.put(path, null);
    }

    void warn(String code, String message) {
        warnings.add(new Warning(code, message, "tables." + table));
    }

    /** A warning about one row or cell, located by its path under this table. */
    void warnAt(String code, String message, String path) {
        warnings.add(new Warning(code, message, "tables." + table + "." + path));
    }

    void span(int fromToken, int toToken, boolean grid) {
        firstToken = Math.min(firstToken, fromToken);
        lastToken = Math.max(lastToken, toToken);
        fromGrid &= grid;
    }

    BigDecimal get(String path) {
        return numbers.get(path);
    }

    Map<String, BigDecimal> numbers() {
        return numbers;
    }

    List<BlankCell> blanks() {
        return blanks;
    }

    List<Warning> warnings() {
        return warnings;
    }

    int firstToken() {
        return firstToken;
    }

    int lastToken() {
        return lastToken;
    }

    String origin() {
        return fromGrid ? "grid" : "text";
    }
}
