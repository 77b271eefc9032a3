package org.nianbao.convert;

import java.util.List;

/**
 * A table as a true grid of cell strings: merges expanded, page breaks joined. Rows may differ in
 * length when the source does (a flattened table gives one row per printed line).
 */
public record Table(List<List<Cell>> rows) {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
