package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.convert.ocr.ImageLine;
import org.nianbao.convert.ocr.OcrPage;
import org.nianbao.convert.ocr.RecognizedText;
import org.nianbao.model.Warning;

/**
 * Names every number OCR is unsure of: a box whose digits were read with less than
 * {@value #MIN_DIGIT_CONFIDENCE} confidence becomes a warning with its page, its table row and column
 * (counted from the ruling lines above and left of it) and what was read, so that a clerk checks that cell.
 */
final class OcrConfidence {

    static final double MIN_DIGIT_CONFIDENCE = 0.6;

    private OcrConfidence() {
    }

    static List<Warning> warnings(int number, OcrPage page) {
        List<Warning> warnings = new ArrayList<>();
        for (RecognizedText text : page.texts()) {
            double confidence = text.digitConfidence();
            if (confidence >= MIN_DIGIT_CONFIDENCE) {
                continue;
            }
            String location = location(number, text, page);
            warnings.add(new Warning("OCR_LOW_CONFIDENCE", String.format(Locale.ROOT,
                    "%s: the number read as \"%s\" is uncertain (confidence %.2f); please check it against the scan",
                    location, text.text(), confidence), location));
        }
        return warnings;
    }

    private static String location(int number, RecognizedText text, OcrPage page) {
        List<ImageLine> lines = page.lines();
        double x = (text.box().left() + text.box().right()) / 2.0;
        double y = (text.box().top() + text.box().bottom()) / 2.0;
        List<Double> above = new ArrayList<>();
        List<Double> left = new ArrayList<>();
        for (ImageLine line : lines) {
            if (line.horizontal() && line.position() < y && line.from() <= x && line.to() >= x) {
                above.add(line.position());
            } else if (!line.horizontal() && line.position() < x && line.from() <= y && line.to() >= y) {
                left.add(line.position());
            }
        }
        if (above.isEmpty() || left.isEmpty()) {
            return String.format(Locale.ROOT, "page %d, outside the tables, %.0f%% down the page", number,
                    100 * y / page.height());
        }
        return String.format(Locale.ROOT, "page %d, table row %d, column %d", number,
                distinct(above), distinct(left));
    }

    /** Lines a few pixels apart are one drawn line in pieces. */
    private static int distinct(List<Double> positions) {
        positions.sort(Double::compare);
        int count = 0;
        double last = Double.NEGATIVE_INFINITY;
        for (double p : positions) {
            if (p - last > 4) {
                count++;
            }
            last = p;
        }
        return count;
    }
}
