package org.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The wide table as an XLSX workbook, streamed (POI SXSSF keeps only a window of rows in memory, so an
 * export of many thousand reports fits in a small heap): sheet 报告 with the header row frozen, figures as
 * numbers and text as text (never a formula); sheet 列 lists each cell column with its JSON path.
 */
public final class WideXlsx {

    public static final String REPORTS_SHEET = "报告";
    public static final String COLUMNS_SHEET = "列";
    private static final int WINDOW = 200;

    private WideXlsx() {
    }

    public static void write(List<ExportedReport> reports, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = book.createSheet(REPORTS_SHEET);
            sheet.createFreezePane(0, 1);
            List<String> header = WideTable.header();
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (ExportedReport report : reports) {
                Row row = sheet.createRow(r++);
                List<Object> values = WideTable.row(report);
                for (int i = 0; i < values.size(); i++) {
                    set(row, i, values.get(i));
                }
            }
            Sheet columns = book.createSheet(COLUMNS_SHEET);
            Row columnsHead = columns.createRow(0);
            columnsHead.createCell(0).setCellValue("列");
            columnsHead.createCell(1).setCellValue("路径");
            int c = 1;
            for (CellColumn column : CellColumns.all()) {
                Row row = columns.createRow(c++);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1).setCellValue("tables." + column.path());
            }
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }

    private static void set(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal figure) {
            row.createCell(column).setCellValue(figure.doubleValue());
        } else if (value instanceof Integer number) {
            row.createCell(column).setCellValue(number);
        } else {
            row.createCell(column).setCellValue(value.toString());
        }
    }
}
