package org.nianbao.convert.ocr;

import java.util.List;

/**
 * What OCR read on one page image: the texts and ruling lines, in the pixels of the image after it
 * was straightened by {@code skewDegrees} around its centre.
 */
public record OcrPage(int width, int height, double skewDegrees, List<RecognizedText> texts, List<ImageLine> lines) {

    public OcrPage {
        texts = List.copyOf(texts);
        lines = List.copyOf(lines);
    }
}
