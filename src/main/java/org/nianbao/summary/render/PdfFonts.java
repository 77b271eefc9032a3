package org.nianbao.summary.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese fonts of a rendered PDF: Noto Sans SC regular and bold, TrueType outlines that PDFBox can
 * subset and embed (a Noto CJK {@code .ttc} has CFF outlines and cannot be embedded by PDFBox). The font
 * files are read once; each document gets its own embedded subset.
 */
final class PdfFonts {

    private static final String REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final String BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";
    /** Printed for a character the font has no glyph for (a rare name character), instead of failing the document. */
    static final String MISSING_GLYPH = "□";

    private final byte[] regular;
    private final byte[] bold;

    PdfFonts() {
        this.regular = read(REGULAR);
        this.bold = read(BOLD);
    }

    /** The two fonts loaded into one document; the document closes them when it is closed. */
    record Loaded(PDType0Font regular, PDType0Font bold, CmapLookup glyphs) {

        /** The text with every character the font cannot draw replaced by a visible box. */
        String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (glyphs.getGlyphId(cp) != 0 || Character.isWhitespace(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(MISSING_GLYPH);
                }
            });
            return out.toString();
        }
    }

    Loaded load(PDDocument doc) throws IOException {
        TrueTypeFont regularFont = parse(doc, regular);
        TrueTypeFont boldFont = parse(doc, bold);
        return new Loaded(PDType0Font.load(doc, regularFont, true), PDType0Font.load(doc, boldFont, true),
                regularFont.getUnicodeCmapLookup());
    }

    private static TrueTypeFont parse(PDDocument doc, byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        // Subsetting reads the font again when the document is saved, so it must stay open until then.
        doc.registerTrueTypeFontForClosing(font);
        return font;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath (ph-fonts-noto-sans-sc)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
