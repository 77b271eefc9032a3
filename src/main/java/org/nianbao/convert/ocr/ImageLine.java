package org.nianbao.convert.ocr;

/**
 * A straight ruling line found in a page image (pixels): {@code position} is its middle row
 * (horizontal) or column (vertical), {@code from}–{@code to} its extent along the line, {@code low}–
 * {@code high} the rows or columns its ink covers across it.
 */
public record ImageLine(boolean horizontal, double position, int from, int to, int low, int high) {

    public int length() {
        return to - from + 1;
    }

    /** True when the line crosses the point {@code along} (along the line) within {@code slack} pixels. */
    boolean spans(double along, int slack) {
        return along >= from - slack && along <= to + slack;
    }

    /** True for a vertical line whose ink lies in columns {@code left}…{@code right} (exclusive) at row {@code y}. */
    boolean crossesColumns(int left, int right, double y) {
        return !horizontal && high >= left && low < right && spans(y, 0);
    }
}
