package org.nianbao.convert.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.Cell;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.TableBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Merged and indented cells of a table built with XWPF come out as a true, aligned grid. */
class DocxGridTest {

    @Test
    void spansMergesAndIndentedRowsFillTheGrid() throws Exception {
        byte[] docx = tableDocument();

        List<List<Cell>> grid = onlyTable(docx);

        // a0 spans two columns; c0 starts a vertical merge continued in row 1.
        assertEquals(List.of(cell("A"), copy("A"), cell("C")), grid.get(0));
        assertEquals(List.of(cell("D"), cell("E"), copy("C")), grid.get(1));
        // w:gridBefore=1: the row starts in the second column.
        assertEquals(List.of(copy(""), cell("F"), cell("G")), grid.get(2));
        // A short row (w:gridAfter) is padded to the table's width.
        assertEquals(List.of(cell("H"), copy(""), copy("")), grid.get(3));
    }

    private static List<List<Cell>> onlyTable(byte[] docx) throws Exception {
        List<TableBlock> tables = new DocxConverter().convert(docx, ParseLimits.DEFAULTS).blocks().stream()
                .filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
        assertEquals(1, tables.size());
        return tables.get(0).table().rows();
    }

    /** A three-column table: row 0 = [A span 2][C restart], row 1 = [D][E][continue], row 2 = gridBefore 1 + [F][G], row 3 = [H] + gridAfter 2. */
    private static byte[] tableDocument() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = document.createTable(4, 3);
            fill(table.getRow(0), "A", "", "C");
            props(table.getRow(0).getCell(0)).addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(1);
            props(table.getRow(0).getCell(1)).addNewVMerge().setVal(STMerge.RESTART);
            fill(table.getRow(1), "D", "E", "");
            props(table.getRow(1).getCell(2)).addNewVMerge();
            fill(table.getRow(2), "F", "G", "");
            table.getRow(2).removeCell(2);
            table.getRow(2).getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
            fill(table.getRow(3), "H", "", "");
            table.getRow(3).removeCell(2);
            table.getRow(3).removeCell(1);
            table.getRow(3).getCtRow().addNewTrPr().addNewGridAfter().setVal(BigInteger.TWO);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }

    private static CTTcPr props(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static Cell cell(String text) {
        return new Cell(text, false);
    }

    private static Cell copy(String text) {
        return new Cell(text, true);
    }
}
