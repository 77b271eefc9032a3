package org.nianbao.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineFinderTest {

    private static final int W = 400;
    private static final int H = 300;

    private static void draw(boolean[] dark, int x0, int y0, int x1, int y1) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                dark[y * W + x] = true;
            }
        }
    }

    @Test
    void findsTheBordersOfAGridAndNotTheStrokesOfText() {
        boolean[] dark = new boolean[W * H];
        draw(dark, 20, 50, 380, 51);     // top border, two pixels thick
        draw(dark, 20, 150, 200, 150);   // middle border, in two pieces with a speck-sized break
        draw(dark, 203, 150, 380, 150);
        draw(dark, 20, 250, 380, 250);   // bottom border
        draw(dark, 20, 50, 20, 250);     // left, middle and right borders
        draw(dark, 200, 50, 201, 250);
        draw(dark, 380, 50, 380, 250);
        draw(dark, 60, 90, 60, 125);     // a long vertical stroke inside a cell: not a border
        draw(dark, 60, 180, 110, 180);   // a long horizontal stroke inside a cell: too short
        List<ImageLine> lines = LineFinder.find(dark, W, H, 80, 30);
        List<ImageLine> horizontal = lines.stream().filter(ImageLine::horizontal).toList();
        List<ImageLine> vertical = lines.stream().filter(l -> !l.horizontal()).toList();
        assertEquals(List.of(50.5, 150.0, 250.0), horizontal.stream().map(ImageLine::position).sorted().toList());
        assertTrue(horizontal.stream().allMatch(l -> l.from() == 20 && l.to() == 380), horizontal::toString);
        assertEquals(List.of(20.0, 200.5, 380.0), vertical.stream().map(ImageLine::position).sorted().toList());
    }

    @Test
    void followsALineThatStepsFromOneRowToTheNext() {
        boolean[] dark = new boolean[W * H];
        for (int x = 20; x <= 380; x++) {
            dark[(100 + (x - 20) / 120) * W + x] = true;   // turned: three steps of one pixel
        }
        List<ImageLine> lines = LineFinder.find(dark, W, H, 80, 30);
        assertEquals(1, lines.size(), lines::toString);
        assertEquals(20, lines.get(0).from());
        assertEquals(380, lines.get(0).to());
    }

    @Test
    void aLabelWhoseStrokesLineUpIsNotALine() {
        boolean[] dark = new boolean[W * H];
        draw(dark, 20, 50, 380, 51);     // top and bottom borders, left and right borders
        draw(dark, 20, 250, 380, 250);
        draw(dark, 20, 50, 21, 250);
        draw(dark, 380, 50, 380, 250);
        // Four characters written from the left border: their middle strokes run together into one
        // long row of ink, crossed over half its length by their other strokes (ink above and below it),
        // which are too far apart to make lines of their own.
        draw(dark, 22, 150, 130, 150);
        for (int x = 24; x <= 124; x += 10) {
            draw(dark, x, 138, x + 4, 162);
        }
        List<ImageLine> lines = LineFinder.find(dark, W, H, 80, 30);
        assertEquals(List.of(50.5, 250.0), lines.stream().filter(ImageLine::horizontal)
                .map(ImageLine::position).sorted().toList(), lines::toString);
    }

    @Test
    void theStrokesOfUnderlinedTextAreNoBorders() {
        boolean[] dark = new boolean[W * H];
        for (int line = 0; line < 3; line++) {
            int base = 60 + line * 80;
            draw(dark, 20, base, 380, base + 1);          // an underline
            for (int x = 24; x <= 370; x += 23) {          // characters standing on it: a long vertical
                draw(dark, x, base - 40, x + 1, base - 2); // stroke each, reaching down to the line
                draw(dark, x + 4, base - 30, x + 14, base - 29);
            }
        }
        List<ImageLine> lines = LineFinder.find(dark, W, H, 80, 30);
        assertEquals(List.of(60.5, 140.5, 220.5), lines.stream().filter(ImageLine::horizontal)
                .map(ImageLine::position).sorted().toList(), lines::toString);
        assertTrue(lines.stream().allMatch(ImageLine::horizontal), lines::toString);
    }

    @Test
    void aTableRowContinuedWithoutALineAboveKeepsItsBorders() {
        boolean[] dark = new boolean[W * H];
        draw(dark, 20, 100, 380, 101);    // the row's bottom line, the page above it ends the row
        draw(dark, 20, 40, 21, 101);      // its borders, all from the same height down to the line
        draw(dark, 200, 40, 200, 101);
        draw(dark, 379, 40, 380, 101);
        List<ImageLine> lines = LineFinder.find(dark, W, H, 80, 30);
        assertEquals(List.of(20.5, 200.0, 379.5), lines.stream().filter(l -> !l.horizontal())
                .map(ImageLine::position).sorted().toList(), lines::toString);
    }

    @Test
    void aBorderBrokenByAFaintStretchKeepsBothPieces() {
        boolean[] dark = new boolean[W * H];
        draw(dark, 20, 50, 380, 51);
        draw(dark, 20, 150, 380, 150);
        draw(dark, 20, 250, 380, 250);
        draw(dark, 20, 50, 20, 250);
        draw(dark, 380, 50, 380, 250);
        draw(dark, 200, 50, 200, 190);    // a middle border fading out for 10 pixels: its lower piece
        draw(dark, 200, 201, 200, 250);   // touches one line only, but a line of the table
        List<ImageLine> lines = LineFinder.find(dark, W, H, 80, 30);
        assertEquals(4, lines.stream().filter(l -> !l.horizontal()).count(), lines::toString);
    }
}
