package org.nianbao.convert.docx;

import java.util.List;

/**
 * One table row as stored: the grid columns left empty before its first cell ({@code w:gridBefore},
 * or a row that starts right of the table's left edge), then its cells from left to right.
 */
public record GridRow(int skippedBefore, List<GridCell> cells) {

    public GridRow {
        skippedBefore = Math.max(0, skippedBefore);
        cells = List.copyOf(cells);
    }
}
