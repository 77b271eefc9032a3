package org.nianbao.convert.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One content-stream pass per page that keeps every glyph with its position (instead of writing text)
 * and, through extra path operators, every straight line the page paints. PDFBox's own line and word
 * reconstruction is skipped: the converter rebuilds lines itself, table cell by table cell.
 */
final class PageStripper extends PDFTextStripper {

    /**
     * Shear-to-scale ratio above which text counts as set at an angle (about 22 degrees); a synthetic
     * italic shears one axis by at most 0.4, which stays below it.
     */
    private static final float SLANT = 0.4f;

    private final PathRecorder paths = new PathRecorder();
    private final List<Glyph> glyphs = new ArrayList<>();
    private long glyphBudget = Long.MAX_VALUE;
    private int unmapped;
    private boolean inlineImage;
    private int rotation;

    PageStripper() {
        addOperator(new PathOperator(this, "m", 2, (m, v) -> paths.moveTo(m, v[0], v[1])));
        addOperator(new PathOperator(this, "l", 2, (m, v) -> paths.lineTo(m, v[0], v[1])));
        addOperator(new PathOperator(this, "c", 6, (m, v) -> paths.curveTo(m, v[4], v[5])));
        addOperator(new PathOperator(this, "v", 4, (m, v) -> paths.curveTo(m, v[2], v[3])));
        addOperator(new PathOperator(this, "y", 4, (m, v) -> paths.curveTo(m, v[2], v[3])));
        addOperator(new PathOperator(this, "re", 4, (m, v) -> paths.rectangle(m, v[0], v[1], v[2], v[3])));
        addOperator(new PathOperator(this, "h", 0, (m, v) -> paths.closePath()));
        for (String stroke : List.of("S", "B", "B*")) {
            addOperator(new PathOperator(this, stroke, 0, (m, v) -> paths.stroke()));
        }
        for (String closeAndStroke : List.of("s", "b", "b*")) {
            addOperator(new PathOperator(this, closeAndStroke, 0, (m, v) -> {
                paths.closePath();
                paths.stroke();
            }));
        }
        for (String fill : List.of("f", "F", "f*")) {
            addOperator(new PathOperator(this, fill, 0, (m, v) -> paths.fill()));
        }
        addOperator(new PathOperator(this, "n", 0, (m, v) -> paths.discard()));
        addOperator(new PathOperator(this, "BI", 0, (m, v) -> inlineImage = true));
    }

    /**
     * Reads page {@code number} (1-based) of {@code document}, keeping at most {@code maxGlyphs} glyphs:
     * one page may draw the same form of text a thousand times, so the bound must hold within a page.
     *
     * @throws TooManyGlyphs when the page holds more
     */
    PageContent read(PDDocument document, int number, long maxGlyphs) throws IOException {
        PDPage page = document.getPage(number - 1);
        glyphBudget = maxGlyphs;
        glyphs.clear();
        unmapped = 0;
        inlineImage = false;
        rotation = Math.floorMod(page.getRotation(), 360);
        paths.startPage(page.getCropBox(), rotation);
        setStartPage(number);
        setEndPage(number);
        writeText(document, Writer.nullWriter());
        boolean images = inlineImage || (glyphs.isEmpty() && hasImageResources(page));
        boolean turned = rotation == 90 || rotation == 270;
        float width = turned ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
        float height = turned ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
        return new PageContent(number, width, height, glyphs, paths.rulings(), images, unmapped);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        // PDFBox silently drops glyphs of composite fonts without a Unicode mapping: count them here.
        if (font.toUnicode(code) == null) {
            unmapped++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition position) {
        if (isSlanted(position.getTextMatrix())) {
            // Text set at an angle is a watermark or a stamp, not part of the report's lines or cells.
            return;
        }
        // Fill-and-stroke is how office suites fake bold for fonts without a bold face.
        boolean stroked = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE;
        if (glyphs.size() >= glyphBudget) {
            throw new TooManyGlyphs();
        }
        glyphs.add(Glyph.of(position, stroked, rotation));
    }

    /** Thrown out of PDFBox's content processing (which passes unchecked exceptions on) to stop a page early. */
    static final class TooManyGlyphs extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyGlyphs() {
            super("more glyphs than the limit", null, false, false);
        }
    }

    /** Neither horizontal nor vertical: the matrix turns the text by a real angle. */
    private static boolean isSlanted(Matrix matrix) {
        float straight = Math.abs(matrix.getScaleX()) + Math.abs(matrix.getScaleY());
        float turned = Math.abs(matrix.getShearX()) + Math.abs(matrix.getShearY());
        return Math.min(straight, turned) > SLANT * Math.max(straight, turned);
    }

    @Override
    protected void writePage() {
        // Nothing to write: the glyphs are kept with their positions instead.
    }

    private static boolean hasImageResources(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }
}
