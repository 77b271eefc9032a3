package org.nianbao.convert.pdf;

import java.util.List;

/**
 * What one content-stream pass found on a page: its glyphs in drawing order, its straight lines, how
 * many glyphs had no Unicode mapping at all (PDFBox drops those) and, for a page without glyphs,
 * whether it shows images (a scanned page) or nothing (a blank one).
 */
record PageContent(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings,
        boolean hasImages, int unmappedGlyphs) {

    PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }

    boolean hasText() {
        return glyphs.stream().anyMatch(g -> !g.isBlank()) || unmappedGlyphs > 0;
    }

    TextLayerQuality quality() {
        return TextLayerQuality.of(glyphs, unmappedGlyphs);
    }
}
