package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the values printed after a row label: consecutive value tokens, stopping at the first token
 * that is not a value (the next label, or prose). A stray extra number therefore disturbs only its own
 * row, never the rows after it. {@code values} holds at most the expected number; {@code printed} every
 * value printed, extras included.
 */
record RowValues(List<CellValue> values, int lastIndex, int extra, List<CellValue> printed) {

    static RowValues after(TokenStream stream, int labelIndex, int expected, int limit) {
        List<CellValue> printed = new ArrayList<>();
        int i = labelIndex + 1;
        while (i < limit && stream.get(i).isValue()) {
            printed.add(stream.get(i).value());
            i++;
        }
        List<CellValue> values = printed.size() <= expected ? printed : printed.subList(0, expected);
        return new RowValues(List.copyOf(values), i - 1, Math.max(0, printed.size() - expected), List.copyOf(printed));
    }

    /** The same printed values read as {@code values} (one reading among those the document allows). */
    RowValues reading(List<CellValue> chosen) {
        return new RowValues(List.copyOf(chosen), lastIndex, 0, printed);
    }

    boolean complete(int expected) {
        return values.size() == expected && extra == 0;
    }
}
