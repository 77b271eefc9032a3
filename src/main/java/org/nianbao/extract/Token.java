package org.nianbao.extract;

import java.math.BigDecimal;

/**
 * One printed cell of a table, wherever it came from: a grid cell, a "| a | b |" segment or a whole
 * line of a table flattened one cell per line.
 *
 * @param block index of the block it came from
 * @param fromGrid true when that block is a real (ruled) table
 */
record Token(String text, String norm, String core, CellValue value, int block, boolean fromGrid) {

    /** Longer than any printed label or cell: prose, which is neither and need not be normalized. */
    private static final int PROSE = 120;

    static Token of(String text, int block, boolean fromGrid) {
        if (text.length() > PROSE) {
            return new Token(text, text, text, new CellValue(CellValue.Kind.NOT_A_VALUE, null, text, null), block, fromGrid);
        }
        if (isPlainCount(text)) {
            // Most cells: ASCII digits, already in normal form, never an ordinal (one needs a 、 . or bracket).
            return new Token(text, text, text, new CellValue(CellValue.Kind.NUMBER, new BigDecimal(text), text, null),
                    block, fromGrid);
        }
        String norm = LabelText.normalize(text);
        return new Token(text, norm, LabelText.coreOfNormalized(norm), CellValue.parse(text, norm), block, fromGrid);
    }

    /** One to fifteen ASCII digits, as {@link CellValue} reads a plain count. */
    private static boolean isPlainCount(String text) {
        if (text.isEmpty() || text.length() > 15) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    boolean isValue() {
        return value.isValue();
    }

    /** Short enough to be a printed label rather than a sentence of prose. */
    boolean isLabelSized() {
        return norm.length() <= 80;
    }
}
