package org.nianbao.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small boxes grow to the height of a text line; one lying on a cell's border grows on the side of the
 * border that holds ink of its own. The page: white, 300×200, a vertical border at columns 99–100.
 */
class SmallBoxesTest {

    private static final int W = 300;
    private static final int H = 200;
    private static final ImageLine BORDER = new ImageLine(false, 99.5, 0, 199, 99, 100);
    /** Three ordinary text boxes 30 pixels high elsewhere on the page: the line height. */
    private static final List<TextBox> TEXT = List.of(new TextBox(150, 10, 250, 40, 0.9),
            new TextBox(150, 150, 250, 180, 0.9), new TextBox(10, 150, 80, 180, 0.9));

    @Test
    void aSliverOnTheBorderGrowsOnTheSideOfItsDigit() {
        byte[] pixels = page();
        ink(pixels, 104, 107, 80, 100);   // a "1" three pixels right of the border
        List<TextBox> grown = grown(pixels, new TextBox(97, 85, 105, 93, 0.7));
        assertEquals(new TextBox(102, 74, 117, 104, 0.7), grown.get(3));
        assertEquals(List.of(grown.get(3)), BoxCutter.cut(List.of(grown.get(3)), List.of(BORDER)), "clear of the border");
    }

    @Test
    void aDigitLeftOfTheBorderKeepsTheLeftSide() {
        byte[] pixels = page();
        ink(pixels, 93, 96, 80, 100);
        List<TextBox> grown = grown(pixels, new TextBox(95, 85, 103, 93, 0.7));
        assertEquals(new TextBox(83, 74, 98, 104, 0.7), grown.get(3));
    }

    @Test
    void aSliverOfTheBorderAloneIsDropped() {
        byte[] pixels = page();
        List<TextBox> grown = grown(pixels, new TextBox(97, 85, 105, 93, 0.7));
        assertEquals(TEXT, grown);
    }

    @Test
    void aSmallBoxAwayFromLinesGrowsAroundItsMiddle() {
        byte[] pixels = page();
        ink(pixels, 200, 203, 80, 100);
        List<TextBox> grown = grown(pixels, new TextBox(198, 85, 206, 93, 0.7));
        assertEquals(new TextBox(195, 74, 210, 104, 0.7), grown.get(3));
    }

    /** The page's boxes once grown: the three text boxes, then {@code small}, on the page with the border. */
    private static List<TextBox> grown(byte[] pixels, TextBox small) {
        List<TextBox> boxes = Stream.concat(TEXT.stream(), Stream.of(small)).toList();
        GrayImage image = new GrayImage(W, H, pixels);
        return SmallBoxes.grownToLineHeight(boxes, image, image.lineInk(), List.of(BORDER));
    }

    /** White paper with the border drawn. */
    private static byte[] page() {
        byte[] pixels = new byte[W * H];
        Arrays.fill(pixels, (byte) 255);
        ink(pixels, 99, 101, 0, H);
        return pixels;
    }

    private static void ink(byte[] pixels, int fromX, int toX, int fromY, int toY) {
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                pixels[y * W + x] = 0;
            }
        }
    }
}
