package org.nianbao.convert.ocr;

import java.util.List;

/** The text read in one detected box, character by character. */
public record RecognizedText(TextBox box, List<RecognizedChar> chars) {

    public RecognizedText {
        chars = List.copyOf(chars);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        chars.forEach(c -> text.append(c.text()));
        return text.toString();
    }

    /** The lowest confidence among the box's digits, or 1 when it has none. */
    public double digitConfidence() {
        double lowest = 1;
        for (RecognizedChar c : chars) {
            if (!c.text().isEmpty() && Character.isDigit(c.text().charAt(0))) {
                lowest = Math.min(lowest, c.confidence());
            }
        }
        return lowest;
    }
}
