package org.nianbao.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {

    private static final List<String> KEYS = List.of("0", "1", "6", "4");   // classes 1..4; class 5 is a space

    /** One image: at each step, the winning class and its probability (the rest share what is left). */
    private static OcrEngine.Output output(int[] classes, float[] best) {
        int c = KEYS.size() + 2;
        float[] values = new float[classes.length * c];
        for (int t = 0; t < classes.length; t++) {
            for (int k = 0; k < c; k++) {
                values[t * c + k] = k == classes[t] ? best[t] : (1 - best[t]) / (c - 1);
            }
        }
        return new OcrEngine.Output(values, classes.length, c);
    }

    @Test
    void collapsesRepeatsDropsBlanksAndKeepsPlacesAndConfidences() {
        // blank, 6, 6, blank, 4, blank, 4, space, 0
        OcrEngine.Output out = output(new int[] {0, 3, 3, 0, 4, 0, 4, 5, 1},
                new float[] {0.9f, 0.7f, 0.95f, 0.9f, 0.99f, 0.9f, 0.5f, 0.8f, 0.6f});
        List<RecognizedChar> chars = CtcDecoder.decode(out, 0, KEYS, 8, 2, 100);
        assertEquals(List.of("6", "4", "4", " ", "0"), chars.stream().map(RecognizedChar::text).toList());
        // "6" fills steps 1-2: middle at step 2 -> 16 px in the crop, 8 px on the page, plus 100
        assertEquals(108.0, chars.get(0).centerX(), 1e-9);
        assertEquals(0.95, chars.get(0).confidence(), 1e-6);
        assertEquals(0.5, chars.get(2).confidence(), 1e-6);
    }

    @Test
    void anImageOfBlanksReadsNothing() {
        OcrEngine.Output out = output(new int[] {0, 0, 0}, new float[] {0.9f, 0.9f, 0.9f});
        assertEquals(List.of(), CtcDecoder.decode(out, 0, KEYS, 8, 1, 0));
    }

    @Test
    void aLowConfidenceDigitIsReportedAsSuch() {
        RecognizedText text = new RecognizedText(new TextBox(0, 0, 10, 10, 1),
                List.of(new RecognizedChar("行", 1, 0.99), new RecognizedChar("7", 5, 0.42)));
        assertEquals(0.42, text.digitConfidence(), 1e-9);
        assertEquals("行7", text.text());
    }
}
