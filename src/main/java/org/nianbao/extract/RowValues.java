package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the values printed after a row label: consecutive value tokens, stopping at the first token
 * that is not a value (the next label, or prose). A stray extra number therefore disturbs only its own
 * row, never the rows after it.
 */
record RowValues(List<CellValue> values, int lastIndex, int extra) {

    static RowValues after(TokenStream stream, int labelIndex, int expected, int limit) {
        List<CellValue> values = new ArrayList<>();
        int i = labelIndex + 1;
        int extra = 0;
        while (i < limit && stream.get(i).isValue()) {
            if (values.size() < expected) {
                values.add(stream.get(i).value());
            } else {
                extra++;
            }
            i++;
        }
        return new RowValues(values, i - 1, extra);
    }

    boolean complete(int expected) {
        return values.size() == expected && extra == 0;
    }
}
