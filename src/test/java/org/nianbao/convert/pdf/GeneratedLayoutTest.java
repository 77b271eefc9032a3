package org.nianbao.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.Block;
import org.nianbao.convert.Cell;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.TableBlock;
import org.nianbao.model.Warning;

/** Layouts the corpus PDFs do not show: tables without borders, borders drawn as bars, garbled text. */
class GeneratedLayoutTest {

    /**
     * OCR off: these layouts are written in English, which a Chinese report's text-layer test does not trust
     * (GBK read as Latin-1 looks the same), and it is the text layer's own reading that is tested here.
     */
    private final PdfConverter converter = new PdfConverter(new org.nianbao.convert.ocr.OcrService(
            new org.nianbao.convert.ocr.OcrSettings(false, 1, 1, 1)));

    @Test
    void borderlessTableIsFoundFromItsColumnGaps() throws ConversionException {
        GeneratedPdf pdf = new GeneratedPdf().text(72, 100, 12, "Statistics of the year 2023 are listed below.");
        String[][] rows = {{"Item", "Count", "Change"}, {"Regulations", "12", "+3"},
            {"Normative documents", "4", "-1"}, {"Licensing", "1,205", "0"}};
        for (int r = 0; r < rows.length; r++) {
            pdf.text(72, 140 + r * 18, 12, rows[r][0]).text(300, 140 + r * 18, 12, rows[r][1])
                    .text(420, 140 + r * 18, 12, rows[r][2]);
        }
        pdf.text(72, 260, 12, "Contact: 0539-8223284");
        List<Block> blocks = converter.convert(pdf.bytes(), ParseLimits.DEFAULTS).blocks();

        assertEquals(3, blocks.size(), blocks.toString());
        TableBlock table = assertInstanceOf(TableBlock.class, blocks.get(1));
        assertFalse(table.ruled());
        for (int r = 0; r < rows.length; r++) {
            assertEquals(List.of(rows[r]), table.table().rows().get(r).stream().map(Cell::text).toList());
        }
        assertEquals("Contact: 0539-8223284", ((Paragraph) blocks.get(2)).text());
    }

    @Test
    void bordersDrawnAsFilledBarsMakeARuledGridWithAMergedCaption() throws ConversionException {
        assertCaptionedGrid(new GeneratedPdf());
    }

    @Test
    void tableOnAPageTurnedByRotateIsRebuiltAsDisplayed() throws ConversionException {
        assertCaptionedGrid(new GeneratedPdf().newRotatedPage());
    }

    /** Draws a 3-column grid whose first row is one merged caption cell, and checks what comes out. */
    private void assertCaptionedGrid(GeneratedPdf pdf) throws ConversionException {
        float[] ys = {100, 130, 160, 190};
        float[] xs = {72, 250, 400, 520};
        for (float y : ys) {
            pdf.bar(72, y, 448, 0.6f);
        }
        for (int i = 0; i < xs.length; i++) {
            // The inner column borders leave the caption row undivided.
            pdf.bar(xs[i], i == 0 || i == xs.length - 1 ? ys[0] : ys[1], 0.6f, ys[3] - (i == 0 || i == xs.length - 1 ? ys[0] : ys[1]));
        }
        pdf.text(250, 120, 11, "Article 20 (1)");
        String[][] body = {{"Content", "Made", "Published"}, {"Regulations", "/", "7"}};
        for (int r = 0; r < body.length; r++) {
            for (int c = 0; c < 3; c++) {
                pdf.text(xs[c] + 6, 150 + r * 30, 11, body[r][c]);
            }
        }
        TableBlock table = assertInstanceOf(TableBlock.class,
                converter.convert(pdf.bytes(), ParseLimits.DEFAULTS).blocks().get(0));

        assertTrue(table.ruled());
        List<List<Cell>> rows = table.table().rows();
        assertEquals(List.of(new Cell("Article 20 (1)", false), new Cell("Article 20 (1)", true),
                new Cell("Article 20 (1)", true)), rows.get(0));
        assertEquals(List.of("Content", "Made", "Published"), rows.get(1).stream().map(Cell::text).toList());
        assertEquals(List.of("Regulations", "/", "7"), rows.get(2).stream().map(Cell::text).toList());
    }

    @Test
    void frameAroundThePageIsNotATable() throws ConversionException {
        GeneratedPdf pdf = new GeneratedPdf().bar(40, 40, 515, 0.8f).bar(40, 800, 515, 0.8f)
                .bar(40, 40, 0.8f, 760).bar(555, 40, 0.8f, 760);
        pdf.centred(72, 520, 80, 16, "Annual Report 2023");
        pdf.justified(96, 520, 130, 12, "The office published 212 items in 2023 and answered every")
                .text(72, 148, 12, "request within the legal time limit.");
        pdf.justified(96, 520, 176, 12, "No fees were charged for any of the requests that were")
                .text(72, 194, 12, "answered during the year.");
        List<Block> blocks = converter.convert(pdf.bytes(), ParseLimits.DEFAULTS).blocks();

        assertEquals(List.of("Annual Report 2023",
                "The office published 212 items in 2023 and answered every request within the legal time limit.",
                "No fees were charged for any of the requests that were answered during the year."),
                blocks.stream().map(b -> ((Paragraph) b).text()).toList());
        assertEquals(Paragraph.Alignment.CENTER, ((Paragraph) blocks.get(0)).alignment());
        assertEquals(Paragraph.Alignment.LEFT, ((Paragraph) blocks.get(1)).alignment());
    }

    @Test
    void garbledPageIsFlaggedAsUnreliable() throws ConversionException {
        // GBK bytes of 政府信息公开工作年度报告 shown through a Latin-1 font: the classic broken layer.
        GeneratedPdf pdf = new GeneratedPdf();
        for (int i = 0; i < 5; i++) {
            pdf.text(72, 100 + i * 20, 12, "\u00D5\u00FE\u00B8\u00AE\u00D0\u00C5\u00CF\u00A2\u00B9\u00AB\u00BF\u00AA\u00B9\u00A4\u00D7\u00F7");
        }
        pdf.newPage().text(72, 100, 12, "2023-12-31 0539-8223284 12 34 56");
        // With OCR off the page stays as it is, flagged (with OCR on it is read from its image instead).
        ParsedDocument document = converter.convert(pdf.bytes(), ParseLimits.DEFAULTS);

        assertEquals(List.of("page 1"), document.warnings().stream().map(Warning::location).toList());
        assertEquals("TEXT_LAYER_UNRELIABLE", document.warnings().get(0).code());
        assertTrue(document.hasUnreliableText());
    }
}
