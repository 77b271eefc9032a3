package org.nianbao.summary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.Test;

/**
 * Table 三 started low on a page continues on the next one between two rows: every cell frame lies within
 * the page's text area, and the frames of both pages together cover the table's rows exactly once.
 */
class PdfTablePaginationTest {

    @Test
    void aLongTableBreaksBetweenRowsWithinTheMargins() throws IOException {
        Grid grid = OfficialTables.requests("2021").filled(path -> "8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.Loaded fonts = new PdfFonts().load(doc);
            try (PageFlow flow = new PageFlow(doc)) {
                flow.down(PageFlow.pageHeight() / 2);
                new RuledTable(grid, fonts, flow.left(), flow.width()).draw(flow);
            }
            doc.save(out);
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, doc.getNumberOfPages());
            float top = PageFlow.SIZE.getHeight() - PageFlow.MARGIN_TOP;
            List<float[]> totalColumn = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                Rectangles rects = new Rectangles(page);
                rects.processPage(page);
                assertTrue(rects.found.size() > 10, "cells framed on every page");
                for (float[] r : rects.found) {
                    assertTrue(r[1] >= PageFlow.MARGIN_BOTTOM - 0.01 && r[1] + r[3] <= top + 0.01, "frame inside the margins");
                }
                totalColumn.addAll(rects.lastColumn(PageFlow.SIZE.getWidth() - PageFlow.MARGIN_X));
            }
            // The 总计 column: 申请人情况 above it is wider, its header covers rows 2 and 3, then one figure per data row.
            assertEquals(grid.rowCount() - 2, totalColumn.size(), "each row drawn once, none split");
        }
    }

    /** Collects the rectangles a page draws as {x, y, width, height}. */
    private static final class Rectangles extends PDFGraphicsStreamEngine {
        final List<float[]> found = new ArrayList<>();

        Rectangles(PDPage page) {
            super(page);
        }

        /** Frames in the table's last column: those ending at its right edge and no wider than it. */
        List<float[]> lastColumn(float right) {
            List<float[]> atRight = found.stream().filter(r -> Math.abs(r[0] + r[2] - right) < 0.5).toList();
            double narrowest = atRight.stream().mapToDouble(r -> r[2]).min().orElse(0);
            return atRight.stream().filter(r -> r[2] < narrowest + 0.5).toList();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x = (float) Math.min(p0.getX(), p2.getX());
            float y = (float) Math.min(p0.getY(), p2.getY());
            found.add(new float[] {x, y, (float) Math.abs(p2.getX() - p0.getX()), (float) Math.abs(p2.getY() - p0.getY())});
        }

        @Override public void drawImage(PDImage pdImage) { }
        @Override public void clip(int windingRule) { }
        @Override public void moveTo(float x, float y) { }
        @Override public void lineTo(float x, float y) { }
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
        @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
        @Override public void closePath() { }
        @Override public void endPath() { }
        @Override public void strokePath() { }
        @Override public void fillPath(int windingRule) { }
        @Override public void fillAndStrokePath(int windingRule) { }
        @Override public void shadingFill(COSName shadingName) { }
    }
}
