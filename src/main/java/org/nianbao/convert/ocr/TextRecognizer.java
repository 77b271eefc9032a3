package org.nianbao.convert.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads the text of detected boxes with the CRNN-style recognition model: each crop is scaled to 48
 * pixels high, normalised to −1…1 and padded on the right to the widest crop of its batch, never
 * narrower than 320 pixels (narrower inputs lose lone digits). Crops of similar width share a batch.
 */
final class TextRecognizer {

    static final int HEIGHT = 48;
    static final int MIN_WIDTH = 320;
    private static final int BATCH = 8;
    /** A crop wider than this many heights is read at this ratio (a very long line of prose). */
    private static final int MAX_RATIO = 60;

    private TextRecognizer() {
    }

    /**
     * The text of each box, in the order given; stops early (returning what was read) when
     * {@code stop} says time is up.
     */
    static List<RecognizedText> recognize(OcrEngine engine, GrayImage image, List<TextBox> boxes, BooleanSupplier stop)
            throws OcrException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> ratio(boxes.get(i))));
        RecognizedText[] read = new RecognizedText[boxes.size()];
        for (int from = 0; from < order.size(); from += BATCH) {
            if (stop.getAsBoolean()) {
                break;
            }
            List<Integer> batch = order.subList(from, Math.min(order.size(), from + BATCH));
            int width = MIN_WIDTH;
            for (int i : batch) {
                width = Math.max(width, scaledWidth(boxes.get(i)));
            }
            float[] input = new float[batch.size() * 3 * HEIGHT * width];
            for (int b = 0; b < batch.size(); b++) {
                fill(input, b, width, image, boxes.get(batch.get(b)));
            }
            OcrEngine.Output output = engine.recognize(input, batch.size(), HEIGHT, width);
            double pixelsPerStep = (double) width / output.steps();
            for (int b = 0; b < batch.size(); b++) {
                TextBox box = boxes.get(batch.get(b));
                double scale = (double) scaledWidth(box) / box.width();
                read[batch.get(b)] = new RecognizedText(box,
                        CtcDecoder.decode(output, b, engine.characters(), pixelsPerStep, scale, box.left()));
            }
        }
        List<RecognizedText> texts = new ArrayList<>();
        for (RecognizedText text : read) {
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static double ratio(TextBox box) {
        return (double) box.width() / box.height();
    }

    private static int scaledWidth(TextBox box) {
        return (int) Math.ceil(HEIGHT * Math.min(ratio(box), MAX_RATIO));
    }

    /** Writes the crop, scaled bilinearly and normalised, into image {@code b} of the batch (three equal channels). */
    private static void fill(float[] input, int b, int width, GrayImage image, TextBox box) {
        int plane = HEIGHT * width;
        int base = b * 3 * plane;
        int cropWidth = scaledWidth(box);
        double sx = (double) box.width() / cropWidth;
        double sy = (double) box.height() / HEIGHT;
        for (int y = 0; y < HEIGHT; y++) {
            double fy = box.top() + (y + 0.5) * sy - 0.5;
            for (int x = 0; x < cropWidth; x++) {
                double fx = box.left() + (x + 0.5) * sx - 0.5;
                float v = (float) (sample(image, fx, fy) / 127.5 - 1.0);
                int i = y * width + x;
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
