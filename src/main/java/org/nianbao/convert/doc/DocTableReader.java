package org.nianbao.convert.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.TableBlock;
import org.nianbao.convert.docx.BlankText;
import org.nianbao.convert.docx.Deadline;
import org.nianbao.convert.docx.GridCell;
import org.nianbao.convert.docx.GridExpander;
import org.nianbao.convert.docx.GridRow;
import org.nianbao.convert.docx.VerticalMerge;

/**
 * Turns an HWPF table into a true grid. A .doc stores each cell's left edge and width, not a shared
 * column grid: a cell spanning two columns is simply wider. The grid's columns are therefore the
 * distinct cell edges across all rows, and each cell spans the columns between its two edges.
 */
final class DocTableReader {

    /** Edges closer than this (in twips, 1/20 pt; about 0.5 mm) are one edge drawn with rounding. */
    private static final int EDGE_TOLERANCE = 30;

    private final DocText text;
    private final Deadline deadline;

    DocTableReader(DocText text, Deadline deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    TableBlock read(Table table) throws ConversionException {
        int[] edges = edges(table);
        List<GridRow> rows = new ArrayList<>(table.numRows());
        for (int r = 0; r < table.numRows(); r++) {
            deadline.check();
            rows.add(row(table.getRow(r), edges));
        }
        return new TableBlock(GridExpander.expand(rows, Math.max(0, edges.length - 1)), true, 0);
    }

    /** Cells sit side by side; each one reaches the grid edge nearest to its right border. */
    private GridRow row(TableRow row, int[] edges) {
        List<GridCell> cells = new ArrayList<>(row.numCells());
        int first = -1;
        int column = -1;
        for (int c = 0; c < row.numCells(); c++) {
            TableCell cell = row.getCell(c);
            if (column < 0) {
                first = column(edges, cell.getLeftEdge());
                column = first;
            }
            int span = Math.max(1, column(edges, cell.getLeftEdge() + cell.getWidth()) - column);
            if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                // The old horizontal-merge flag: this cell widens the one before it.
                GridCell previous = cells.remove(cells.size() - 1);
                cells.add(new GridCell(previous.text(), previous.span() + span, previous.merge()));
            } else {
                cells.add(new GridCell(cellText(cell), span, merge(cell)));
            }
            column += span;
        }
        return new GridRow(Math.max(0, first), cells);
    }

    private String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            String line = text.visible(cell.getParagraph(p).text());
            if (!BlankText.isBlank(line)) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    private static VerticalMerge merge(TableCell cell) {
        if (!cell.isVerticallyMerged()) {
            return VerticalMerge.NONE;
        }
        return cell.isFirstVerticallyMerged() ? VerticalMerge.RESTART : VerticalMerge.CONTINUE;
    }

    /** The distinct cell edges of the whole table, near-equal ones taken as one. */
    private static int[] edges(Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> merged = new ArrayList<>();
        for (int edge : all) {
            if (merged.isEmpty() || edge - merged.get(merged.size() - 1) > EDGE_TOLERANCE) {
                merged.add(edge);
            }
        }
        return merged.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the grid edge nearest to {@code position}. */
    private static int column(int[] edges, int position) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - position) < Math.abs(edges[best] - position)) {
                best = i;
            }
        }
        return best;
    }
}
