package org.nianbao.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.ocr.ImageLine;
import org.nianbao.convert.ocr.OcrPage;
import org.nianbao.convert.ocr.RecognizedChar;
import org.nianbao.convert.ocr.RecognizedText;
import org.nianbao.convert.ocr.TextBox;

/** What OCR read becomes glyphs and rulings in points, and the table finder puts each text in its cell. */
class OcrGlyphsTest {

    private static final float SCALE = 2f;   // image pixels per point

    /** A 2 x 2 grid (pixels 100..500 across, 100..300 down) with "规章" and "12" in the bottom row. */
    private static OcrPage page() {
        List<ImageLine> lines = List.of(
                new ImageLine(true, 100, 100, 500, 100, 100), new ImageLine(true, 200, 100, 500, 200, 200),
                new ImageLine(true, 300, 100, 500, 300, 300),
                new ImageLine(false, 100, 100, 300, 100, 100), new ImageLine(false, 300, 100, 300, 300, 300),
                new ImageLine(false, 500, 100, 300, 500, 500));
        RecognizedText label = new RecognizedText(new TextBox(110, 230, 190, 270, 0.9),
                List.of(new RecognizedChar("规", 130, 0.99), new RecognizedChar("章", 170, 0.99)));
        RecognizedText number = new RecognizedText(new TextBox(310, 230, 350, 270, 0.9),
                List.of(new RecognizedChar("1", 320, 0.95), new RecognizedChar("2", 335, 0.97)));
        return new OcrPage(600, 800, 0.3, List.of(label, number), lines);
    }

    @Test
    void charactersOfABoxTouchAndLandInTheirCell() {
        PageContent content = OcrGlyphs.content(4, page(), SCALE);
        assertEquals(300f, content.width());
        assertEquals(400f, content.height());
        assertEquals(4, content.glyphs().size());
        Glyph one = content.glyphs().get(2);
        Glyph two = content.glyphs().get(3);
        assertEquals(one.right(), two.x(), 1e-4, "no gap inside a box");
        TableFragment table = RuledTableFinder.split(content).tables().get(0);
        assertEquals(List.of("", "", "规章", "12"), table.cells().stream().map(CellBox::text).toList());
    }

    @Test
    void aNumberReadWithLowConfidenceIsNamedWithItsCell() {
        RecognizedText unsure = new RecognizedText(new TextBox(310, 230, 350, 270, 0.9),
                List.of(new RecognizedChar("7", 330, 0.4)));
        OcrPage page = new OcrPage(600, 800, 0, List.of(unsure), page().lines());
        assertEquals(List.of("page 4, table row 2, column 2: the number read as \"7\" is uncertain (confidence 0.40); "
                + "please check it against the scan"), OcrConfidence.warnings(4, page).stream().map(w -> w.message()).toList());
    }
}
