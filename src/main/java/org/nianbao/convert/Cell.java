package org.nianbao.convert;

/**
 * One cell of an expanded table grid. A merged cell fills every grid position it covers; all but its
 * top-left position are {@code spanned} copies, so a reader that walks the grid can skip them and a
 * reader that wants the full grid still sees the label in every row it covers.
 */
public record Cell(String text, boolean spanned) {

    public static Cell of(String text) {
        return new Cell(text, false);
    }
}
