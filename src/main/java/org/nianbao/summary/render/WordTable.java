package org.nianbao.summary.render;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a {@link Grid} as a real Word table: a fixed column grid, single borders, horizontal merges as
 * {@code gridSpan} and vertical merges as {@code vMerge} restart/continue cells, as Word itself saves them.
 */
final class WordTable {

    private static final String FONT = "宋体";
    private static final double FONT_SIZE = 10.5;
    /** Border width in eighths of a point: a half-point rule, as the official tables print. */
    private static final int BORDER = 4;
    private static final String BLACK = "000000";

    private WordTable() {
    }

    static void write(XWPFDocument doc, Grid grid, int widthTwips) {
        XWPFTable table = doc.createTable();
        int[] columns = columnWidths(grid.widths(), widthTwips);
        frame(table, columns);
        for (int r = 0; r < grid.rowCount(); r++) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            row.setCantSplitRow(true);
            writeRow(grid, r, row, columns);
        }
        // The row POI creates with every new table is not part of the grid.
        table.removeRow(0);
    }

    private static void frame(XWPFTable table, int[] columns) {
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth(String.valueOf(sum(columns, 0, columns.length)));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(single, BORDER, 0, BLACK);
        table.setBottomBorder(single, BORDER, 0, BLACK);
        table.setLeftBorder(single, BORDER, 0, BLACK);
        table.setRightBorder(single, BORDER, 0, BLACK);
        table.setInsideHBorder(single, BORDER, 0, BLACK);
        table.setInsideVBorder(single, BORDER, 0, BLACK);
        CTTblGrid tblGrid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        tblGrid.setGridColArray(new CTTblGridCol[0]);
        for (int w : columns) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    /**
     * One Word cell per merge group in the row: the cell that starts here carries the text; a position
     * covered by a cell from a row above becomes an empty "continue" cell of the same span.
     */
    private static void writeRow(Grid grid, int r, XWPFTableRow row, int[] columns) {
        int c = 0;
        while (c < grid.columnCount()) {
            GridCell cell = covering(grid, r, c);
            XWPFTableCell out = row.addNewTableCell();
            CTTcPr pr = out.getCTTc().isSetTcPr() ? out.getCTTc().getTcPr() : out.getCTTc().addNewTcPr();
            pr.addNewTcW().setW(BigInteger.valueOf(sum(columns, cell.col(), cell.colSpan())));
            pr.getTcW().setType(STTblWidth.DXA);
            if (cell.colSpan() > 1) {
                pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
            }
            if (cell.rowSpan() > 1) {
                pr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
            }
            out.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            content(out, cell, cell.row() == r ? cell.text() : "");
            c += cell.colSpan();
        }
    }

    private static void content(XWPFTableCell out, GridCell cell, String text) {
        XWPFParagraph p = out.getParagraphs().isEmpty() ? out.addParagraph() : out.getParagraphs().get(0);
        boolean left = cell.kind() == CellKind.LABEL && cell.rowSpan() == 1;
        p.setAlignment(left ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(FONT_SIZE);
        run.setText(text);
    }

    private static GridCell covering(Grid grid, int r, int c) {
        return grid.cells().stream()
                .filter(cell -> cell.row() <= r && r <= cell.lastRow() && cell.col() <= c && c <= cell.lastCol())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(grid.name() + " has no cell at " + r + "," + c));
    }

    /** Scales relative widths to twips; the last column takes the rounding remainder. */
    static int[] columnWidths(List<Integer> weights, int total) {
        int weightSum = weights.stream().mapToInt(Integer::intValue).sum();
        int[] out = new int[weights.size()];
        int used = 0;
        for (int i = 0; i < out.length - 1; i++) {
            out[i] = total * weights.get(i) / weightSum;
            used += out[i];
        }
        out[out.length - 1] = total - used;
        return out;
    }

    private static int sum(int[] widths, int from, int count) {
        int s = 0;
        for (int i = from; i < from + count; i++) {
            s += widths[i];
        }
        return s;
    }
}
