package org.nianbao.convert.docx;

/**
 * One cell as a Word file stores it: its text, how many grid columns it covers, and its part in a
 * vertical merge. Where the cell starts follows from the cells before it in its {@link GridRow}.
 */
public record GridCell(String text, int span, VerticalMerge merge) {

    public GridCell {
        span = Math.max(1, span);
    }
}
