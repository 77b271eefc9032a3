package org.nianbao.convert.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads one page image: straightens it, finds its ruling lines, detects the text boxes, keeps lines
 * out of them and recognises each. Line lengths are relative to the page: horizontal borders are at
 * least 8% of its width, vertical ones at least 1.5% of its height (a row of a table), both far longer
 * than any stroke of a character.
 */
public final class PageRecognizer {

    private static final double MIN_HORIZONTAL = 0.08;
    private static final double MIN_VERTICAL = 0.015;
    /**
     * Text is found on the page image itself up to this long side (pixels); a smaller copy halves the work
     * but loses lone thin digits ("1", "0" alone in a cell).
     */
    static final int DETECTION_SIDE = 1800;
    /**
     * A page without ruling lines has no cells, so no lone digit to lose: its lines of prose are found on a
     * copy of at most this long side (half the detection work; its characters stay far above the smallest
     * text the model finds).
     */
    static final int PROSE_DETECTION_SIDE = 1280;

    private final OcrEngine engine;

    public PageRecognizer(OcrEngine engine) {
        this.engine = engine;
    }

    /** The page's texts and lines; {@code stop} is asked between batches of crops whether time is up. */
    public OcrPage read(BufferedImage rendered, BooleanSupplier stop) throws OcrException {
        GrayImage original = GrayImage.of(rendered);
        double skew = Deskew.angle(original, original.binarized());
        GrayImage image = original.rotated(skew);
        boolean[] dark = image.lineInk();
        List<ImageLine> lines = LineFinder.find(dark, image.width(), image.height(),
                (int) Math.round(MIN_HORIZONTAL * image.width()), (int) Math.round(MIN_VERTICAL * image.height()));
        int side = lines.isEmpty() ? PROSE_DETECTION_SIDE : DETECTION_SIDE;
        List<TextBox> detected = SmallBoxes.grownToLineHeight(TextDetector.detect(engine, image, side), image, dark, lines);
        List<TextBox> boxes = BoxCutter.cut(detected, lines);
        List<RecognizedText> texts = TextRecognizer.recognize(engine, image, boxes, stop);
        List<RecognizedText> kept = texts.stream().filter(t -> !t.text().isBlank()).toList();
        return new OcrPage(image.width(), image.height(), skew, kept, lines);
    }
}
