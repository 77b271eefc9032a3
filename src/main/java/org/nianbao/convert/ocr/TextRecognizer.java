package org.nianbao.convert.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads the text of detected boxes with the recognition model. Each crop is scaled to 48 pixels high,
 * normalised to −1…1 and padded on the right to the widest crop of its batch, never narrower than 320
 * pixels (the model loses lone characters, such as a "0" alone in a cell, in narrower inputs). Crops of
 * similar width share a batch.
 */
final class TextRecognizer {

    static final int HEIGHT = 48;
    static final int MIN_WIDTH = 320;
    private static final int BATCH = 8;
    /** Total width of the crops of one batch: eight crops of 640 pixels (a wider crop is read alone). */
    private static final int BATCH_PIXELS = 8 * 640;
    /** A crop wider than this many heights is read at this ratio (a very long line of prose). */
    private static final int MAX_RATIO = 60;

    private TextRecognizer() {
    }

    /** A crop's place in a batch input: image {@code slot}, from x {@code offset}, {@code width} wide. */
    private record Placement(int box, int slot, int offset, int width) {
    }

    /**
     * The text of each box, in the order given; stops early (returning what was read) when
     * {@code stop} says time is up.
     */
    static List<RecognizedText> recognize(OcrEngine engine, GrayImage image, List<TextBox> boxes, BooleanSupplier stop)
            throws OcrException {
        List<Integer> longOnes = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            longOnes.add(i);
        }
        longOnes.sort(Comparator.comparingDouble(i -> ratio(boxes.get(i))));
        List<List<Placement>> batches = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        // Crops sorted by width share a batch as long as the batch stays within BATCH crops and BATCH_PIXELS
        // of width: the model's output is one row of class probabilities per 8 pixels, so a batch of wide
        // crops would cost hundreds of megabytes of heap at once.
        List<Placement> batch = new ArrayList<>();
        int width = MIN_WIDTH;
        for (int i : longOnes) {
            int w = Math.max(MIN_WIDTH, scaledWidth(boxes.get(i)));
            if (!batch.isEmpty() && (batch.size() == BATCH || (batch.size() + 1L) * Math.max(width, w) > BATCH_PIXELS)) {
                batches.add(batch);
                widths.add(width);
                batch = new ArrayList<>();
                width = MIN_WIDTH;
            }
            batch.add(new Placement(i, batch.size(), 0, scaledWidth(boxes.get(i))));
            width = Math.max(width, w);
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
            widths.add(width);
        }
        List<List<RecognizedChar>> chars = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            chars.add(null);
        }
        for (int b = 0; b < batches.size() && !stop.getAsBoolean(); b++) {
            read(engine, image, boxes, batches.get(b), widths.get(b), chars);
        }
        List<RecognizedText> texts = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (chars.get(i) != null) {
                texts.add(new RecognizedText(boxes.get(i), chars.get(i)));
            }
        }
        return texts;
    }

    private static void read(OcrEngine engine, GrayImage image, List<TextBox> boxes, List<Placement> batch, int width,
                             List<List<RecognizedChar>> chars) throws OcrException {
        int slots = batch.stream().mapToInt(Placement::slot).max().orElse(0) + 1;
        float[] input = new float[slots * 3 * HEIGHT * width];
        for (Placement p : batch) {
            fill(input, p, width, image, boxes.get(p.box()));
        }
        OcrEngine.Output output = engine.recognize(input, slots, HEIGHT, width);
        double pixelsPerStep = (double) width / output.steps();
        for (int slot = 0; slot < slots; slot++) {
            List<RecognizedChar> read = CtcDecoder.decode(output, slot, engine.characters(), pixelsPerStep, 1, 0);
            for (Placement p : batch) {
                if (p.slot() != slot) {
                    continue;
                }
                TextBox box = boxes.get(p.box());
                double scale = (double) p.width() / box.width();
                List<RecognizedChar> own = new ArrayList<>();
                for (RecognizedChar c : read) {
                    // A step of the model is 8 pixels wide: a narrow crop's character may be placed a little
                    // beyond the crop, in its padding.
                    if (c.centerX() >= p.offset() && c.centerX() < p.offset() + Math.max(p.width() + HEIGHT / 2, MIN_WIDTH)) {
                        own.add(new RecognizedChar(c.text(), box.left() + (c.centerX() - p.offset()) / scale,
                                c.confidence()));
                    }
                }
                chars.set(p.box(), trimSpaces(own));
            }
        }
    }

    private static List<RecognizedChar> trimSpaces(List<RecognizedChar> chars) {
        int from = 0;
        int to = chars.size();
        while (from < to && chars.get(from).text().isBlank()) {
            from++;
        }
        while (to > from && chars.get(to - 1).text().isBlank()) {
            to--;
        }
        return chars.subList(from, to);
    }

    private static double ratio(TextBox box) {
        return (double) box.width() / box.height();
    }

    private static int scaledWidth(TextBox box) {
        return Math.max(1, (int) Math.ceil(HEIGHT * Math.min(ratio(box), MAX_RATIO)));
    }

    /** Writes the crop, scaled bilinearly and normalised, at its place in the batch (three equal channels). */
    private static void fill(float[] input, Placement p, int width, GrayImage image, TextBox box) {
        int plane = HEIGHT * width;
        int base = p.slot() * 3 * plane;
        double sx = (double) box.width() / p.width();
        double sy = (double) box.height() / HEIGHT;
        for (int y = 0; y < HEIGHT; y++) {
            double fy = box.top() + (y + 0.5) * sy - 0.5;
            for (int x = 0; x < p.width(); x++) {
                double fx = box.left() + (x + 0.5) * sx - 0.5;
                float v = (float) (sample(image, fx, fy) / 127.5 - 1.0);
                int i = y * width + p.offset() + x;
                input[base + i] = v;
                input[base + plane + i] = v;
                input[base + 2 * plane + i] = v;
            }
        }
    }

    private static double sample(GrayImage image, double x, double y) {
        double cx = Math.max(0, Math.min(image.width() - 1.001, x));
        double cy = Math.max(0, Math.min(image.height() - 1.001, y));
        int x0 = (int) cx;
        int y0 = (int) cy;
        double fx = cx - x0;
        double fy = cy - y0;
        double top = image.at(x0, y0) * (1 - fx) + image.at(x0 + 1, y0) * fx;
        double bottom = image.at(x0, y0 + 1) * (1 - fx) + image.at(x0 + 1, y0 + 1) * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
