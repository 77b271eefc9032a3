package org.nianbao.export;

/**
 * One table cell as a column of the wide export.
 *
 * @param variant {@code 2019} or {@code 2021} for a cell of table 二, whose two templates use the same
 *                paths for different figures; empty for tables 三 and 四, the same in both
 * @param path the cell's path below {@code tables} in the canonical JSON ({@code requests.newReceived.total})
 * @param table the table's printed name: 表二, 表三 or 表四
 * @param row the row's printed labels, outermost first, joined with {@code /}
 * @param column the column's printed headers, outermost first, joined with {@code /}
 */
public record CellColumn(String variant, String path, String table, String row, String column) {

    /** The wide export's header: {@code 表三/一、本年新收政府信息公开申请数量/申请人情况/自然人}. */
    public String header() {
        String name = variant.isEmpty() ? table : table + "（" + variant + "）";
        return row.isEmpty() ? name + "/" + column : name + "/" + row + "/" + column;
    }
}
