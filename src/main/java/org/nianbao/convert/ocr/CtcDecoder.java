package org.nianbao.convert.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy CTC decoding: the likeliest class at each time step, repeats collapsed, blanks (class 0)
 * dropped. Each character keeps the middle of the steps it occupied (its place on the image) and the
 * highest probability it reached there (its confidence).
 */
final class CtcDecoder {

    private CtcDecoder() {
    }

    /**
     * Decodes image {@code index} of a batch output. {@code pixelsPerStep} maps a step to the x of the
     * resized crop, which {@code scale} and {@code left} map back to the page.
     */
    static List<RecognizedChar> decode(OcrEngine.Output output, int index, List<String> characters,
                                       double pixelsPerStep, double scale, double left) {
        int steps = output.steps();
        int classes = output.classes();
        float[] values = output.values();
        List<RecognizedChar> chars = new ArrayList<>();
        int previous = 0;
        int runStart = 0;
        float runBest = 0;
        for (int t = 0; t <= steps; t++) {
            int best = 0;
            float bestValue = -1;
            if (t < steps) {
                int base = (index * steps + t) * classes;
                for (int c = 0; c < classes; c++) {
                    float v = values[base + c];
                    if (v > bestValue) {
                        bestValue = v;
                        best = c;
                    }
                }
            }
            if (t < steps && best == previous) {
                runBest = Math.max(runBest, bestValue);
                continue;
            }
            if (previous != 0) {
                double middle = (runStart + t) / 2.0 * pixelsPerStep;
                chars.add(new RecognizedChar(character(previous, characters), left + middle / scale, runBest));
            }
            previous = best;
            runStart = t;
            runBest = bestValue;
        }
        return chars;
    }

    /** Class {@code c} (1-based after the blank); the class after the last listed character is a space. */
    private static String character(int c, List<String> characters) {
        return c - 1 < characters.size() ? characters.get(c - 1) : " ";
    }
}
