package org.nianbao.extract;

/**
 * One printed cell of a table, wherever it came from: a grid cell, a "| a | b |" segment or a whole
 * line of a table flattened one cell per line.
 *
 * @param block index of the block it came from
 * @param fromGrid true when that block is a real (ruled) table
 */
record Token(String text, String norm, CellValue value, int block, boolean fromGrid) {

    static Token of(String text, int block, boolean fromGrid) {
        return new Token(text, LabelText.normalize(text), CellValue.parse(text), block, fromGrid);
    }

    boolean isValue() {
        return value.isValue();
    }

    /** Short enough to be a printed label rather than a sentence of prose. */
    boolean isLabelSized() {
        return norm.length() <= 80;
    }
}
