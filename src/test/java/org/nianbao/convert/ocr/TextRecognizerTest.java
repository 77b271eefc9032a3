package org.nianbao.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRecognizerTest {

    private static RecognizedChar c(String text, double confidence) {
        return new RecognizedChar(text, 10, confidence);
    }

    @Test
    void aFirstReadingIsKeptOnlyWhenSomethingWasReadAndEveryCharacterIsSure() {
        assertFalse(TextRecognizer.sure(List.of()));
        assertTrue(TextRecognizer.sure(List.of(c("1", 0.6), c("2", 0.99))));
        assertFalse(TextRecognizer.sure(List.of(c("1", 0.99), c("2", 0.59))));
        assertFalse(TextRecognizer.sure(List.of(c("o", 0.4))));
    }

    @Test
    void cropsAreBatchedByWidthWithinTheCountAndPixelLimits() {
        // crop i is widths[i] pixels wide once scaled
        int[] widths = {900, 40, 2000, 120, 36, 300, 700, 48, 5200, 60, 80, 90, 100, 110, 130, 150, 600, 330};
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            all.add(i);
        }
        List<List<Integer>> batches = TextRecognizer.batches(all, widths, 320);
        // narrowest first; a batch as wide as its widest crop times its crops stays within 1280 pixels:
        // four crops padded to 320, two of at most 640 (330 and 600), one of 700 and more
        assertEquals(List.of(
                List.of(4, 1, 7, 9),
                List.of(10, 11, 12, 13),
                List.of(3, 14, 15, 5),
                List.of(17, 16),
                List.of(6),
                List.of(0),
                List.of(2),
                List.of(8)), batches);
    }

    @Test
    void aNarrowerPadLetsMoreCropsShareTheWidthLimit() {
        int[] widths = {640, 160, 160, 160, 160, 160, 160, 160, 160};
        List<Integer> all = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertEquals(List.of(List.of(1, 2, 3, 4, 5, 6, 7, 8), List.of(0)), TextRecognizer.batches(all, widths, 160));
        // only the crops asked for; crops of the same width keep the order given
        assertEquals(List.of(List.of(5, 2)), TextRecognizer.batches(List.of(5, 2), widths, 160));
    }
}
