package org.nianbao.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeskewTest {

    /** A page of horizontal bars (rows of text, table borders) turned by {@code degrees}. */
    private static GrayImage page(double degrees) {
        int w = 600;
        int h = 800;
        byte[] pixels = new byte[w * h];
        Arrays.fill(pixels, (byte) 255);
        for (int row = 60; row < 740; row += 40) {
            for (int y = row; y < row + 12; y++) {
                for (int x = 50; x < 550; x++) {
                    if ((x / 15) % 3 != 2) {   // words with gaps
                        pixels[y * w + x] = 0;
                    }
                }
            }
        }
        return new GrayImage(w, h, pixels).rotated(-degrees);
    }

    @Test
    /** Within 0.1°: 2 pixels over the width of a page image, less than the ruling tolerance. */
    void measuresHowFarAPageIsTurned() {
        for (double degrees : new double[] {0.0, 0.8, -0.5, 1.3}) {
            GrayImage image = page(degrees);
            assertEquals(degrees, Deskew.angle(image, image.binarized()), 0.1, "turned by " + degrees);
        }
    }

    @Test
    void straighteningWithTheMeasuredAngleLinesTheBarsUp() {
        GrayImage turned = page(0.8);
        GrayImage straight = turned.rotated(Deskew.angle(turned, turned.binarized()));
        assertEquals(0.0, Deskew.angle(straight, straight.binarized()), 0.1);
    }
}
