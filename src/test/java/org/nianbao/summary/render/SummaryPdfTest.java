package org.nianbao.summary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nianbao.summary.RegionalSummary;

/** The PDF rendering read back with PDFBox: page size, embedded fonts, page numbers, text. */
class SummaryPdfTest {

    private static final SummaryPdf PDF = new SummaryPdf();

    @Test
    void a4PagesNumberedAndTextInAnEmbeddedChineseFont() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PDF.render(GroundTruthSummaries.summary("371302", 2023)))) {
            assertTrue(doc.getNumberOfPages() >= 2, "table 三 continues on the next page");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
            assertTrue(fonts.containsAll(List.of("NotoSansSC-Regular", "NotoSansSC-Bold")), fonts.toString());
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                assertEquals("- " + n + " -", lastLine(pageText(doc, n)));
            }
            String text = pageText(doc, 1);
            assertTrue(text.startsWith("兰山区2023年政府信息公开工作年度报告"), text);
            assertFalse(text.contains(PdfFonts.MISSING_GLYPH), "every character of the title and preamble has a glyph");
        }
    }

    @Test
    void aCharacterTheFontLacksIsPrintedAsABoxNotAFailure() throws IOException {
        RegionalSummary base = GroundTruthSummaries.summary("371311", 2020);
        List<RegionalSummary.Included> included = new ArrayList<>(base.included());
        RegionalSummary.Included first = included.get(0);
        included.set(0, new RegionalSummary.Included(first.id(), "罗庄区\uE000局", first.status()));
        RegionalSummary summary = new RegionalSummary(base.schemaVersion(), base.region(), base.year(), base.template(),
                base.generatedAt(), base.tables(), base.checks(), included, base.excluded(), base.missing(),
                base.failedChecks(), base.warnings());
        try (PDDocument doc = Loader.loadPDF(PDF.render(summary))) {
            String text = pageText(doc, 1).replaceAll("\\s", "");
            assertTrue(text.contains("罗庄区" + PdfFonts.MISSING_GLYPH + "局"), text);
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).strip();
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\\R");
        return lines[lines.length - 1].strip();
    }
}
