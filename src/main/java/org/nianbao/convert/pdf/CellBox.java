package org.nianbao.convert.pdf;

/**
 * One cell of a table part: the grid row it starts in, how many rows it covers, its left and right
 * edges in points (columns are worked out once all parts of a table are known) and its text.
 */
record CellBox(int row, int rowSpan, float left, float right, String text) {

    CellBox shiftedDown(int rows) {
        return new CellBox(row + rows, rowSpan, left, right, text);
    }

    /** This cell continued by {@code next}, which adds {@code extraRows} rows below it. */
    CellBox continuedBy(CellBox next, int extraRows) {
        return new CellBox(row, rowSpan + extraRows, left, right, CjkText.join(text, next.text()));
    }

    boolean sameColumnsAs(CellBox other, float tolerance) {
        return Math.abs(left - other.left) <= tolerance && Math.abs(right - other.right) <= tolerance;
    }

    boolean isEmpty() {
        return text.isBlank();
    }
}
