package org.nianbao.summary.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.nianbao.summary.RegionalSummary;

/**
 * A regional summary as an A4 PDF with the same content and layout as {@link SummaryDocx}: ruled tables
 * with merged header cells, text in an embedded subset of Noto Sans SC, page numbers "- N -".
 * One instance reads the font files once and can render any number of summaries.
 */
public final class SummaryPdf {

    private static final float TITLE_SIZE = 18;
    private static final float HEADING_SIZE = 13;
    private static final float BODY_SIZE = 12;
    private static final float PAGE_NUMBER_SIZE = 10.5f;
    /** Rows of a table that must fit under its heading, so that a heading never ends a page alone. */
    private static final int ROWS_WITH_HEADING = 3;

    private final PdfFonts fonts = new PdfFonts();

    public byte[] render(RegionalSummary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(summary, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PDF to memory failed", e);
        }
        return out.toByteArray();
    }

    public void write(RegionalSummary summary, OutputStream out) throws IOException {
        SummaryText text = SummaryText.of(summary);
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.Loaded loaded = fonts.load(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(text.title());
            try (PageFlow flow = new PageFlow(doc)) {
                flow.paragraph(loaded.printable(text.title()), loaded.bold(), TITLE_SIZE, PageFlow.Align.CENTER, 0, 10);
                flow.paragraph(loaded.printable(text.preamble()), loaded.regular(), BODY_SIZE, PageFlow.Align.LEFT,
                        2 * BODY_SIZE, 4);
                for (SummaryText.Section section : text.sections()) {
                    section(flow, loaded, section);
                }
            }
            PageFlow.numberPages(doc, loaded.regular(), PAGE_NUMBER_SIZE);
            doc.save(out);
        }
    }

    private static void section(PageFlow flow, PdfFonts.Loaded fonts, SummaryText.Section section) throws IOException {
        float headingBlock = HEADING_SIZE * 1.6f + 6 + BODY_SIZE * 1.6f * 2 + 4;
        List<RuledTable> tables = new ArrayList<>();
        for (Grid grid : section.tables()) {
            tables.add(new RuledTable(grid, fonts, flow.left(), flow.width()));
        }
        flow.need(headingBlock + (tables.isEmpty() ? 0 : tables.get(0).heightOfFirst(ROWS_WITH_HEADING)));
        flow.paragraph(fonts.printable(section.heading()), fonts.bold(), HEADING_SIZE, PageFlow.Align.LEFT, 0, 6);
        flow.paragraph(fonts.printable(section.placeholder()), fonts.regular(), BODY_SIZE, PageFlow.Align.LEFT,
                2 * BODY_SIZE, 4);
        for (RuledTable table : tables) {
            table.draw(flow);
            flow.down(8);
        }
    }
}
