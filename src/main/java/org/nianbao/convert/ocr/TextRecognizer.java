package org.nianbao.convert.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads the text of detected boxes with the recognition model. Each crop is scaled to 48 pixels high,
 * normalised to −1…1 and padded on the right to the widest crop of its batch. A crop read alone in an
 * input of at least 320 pixels gives the model's best reading of a lone character (a "0" alone in a
 * cell); narrower inputs lose some. Padding is most of the cost of a table page (most cells hold a
 * short number), so a short crop is first read in an input of only {@value #SHORT_PAD} pixels, and read
 * again at 320 when that reading is not sure: nothing read, or a character below
 * {@value #SURE} confidence (the level under which a digit is flagged as uncertain). Crops of similar
 * width share a small batch.
 */
final class TextRecognizer {

    static final int HEIGHT = 48;
    static final int MIN_WIDTH = 320;
    /** Crops at most this wide once scaled (pixels) are read first in a narrower input. */
    static final int SHORT = 200;
    /** Width of that first, cheaper input (pixels). */
    static final int SHORT_PAD = 160;
    /** A first reading with every character at least this sure is kept. */
    static final double SURE = 0.6;
    private static final int BATCH = 8;
    /**
     * Total input width of one batch (crops × the widest): eight short crops in 160 pixels, four in 320,
     * two in 640; a wider crop is read alone. The model costs least per pixel within this size (about 22 ms
     * CPU per 320 pixels, one thread); a batch of eight 320-pixel crops costs a third more per pixel, eight
     * of 640 two thirds more (its intermediate tensors no longer stay in the processor's caches).
     */
    private static final int BATCH_PIXELS = 1280;
    /** A crop wider than this many heights is read at this ratio (a very long line of prose). */
    private static final int MAX_RATIO = 60;

    private TextRecognizer() {
    }

    /** A crop's place in a batch input: image {@code slot}, {@code width} wide from its left end. */
    private record Placement(int box, int slot, int width) {
    }

    /**
     * The text of each box, in the order given; stops early (returning what was read) when
     * {@code stop} says time is up.
     */
    static List<RecognizedText> recognize(OcrEngine engine, GrayImage image, List<TextBox> boxes, BooleanSupplier stop)
            throws OcrException {
        int[] widths = new int[boxes.size()];
        List<Integer> shortOnes = new ArrayList<>();
        List<Integer> longOnes = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            widths[i] = scaledWidth(boxes.get(i));
            (widths[i] <= SHORT ? shortOnes : longOnes).add(i);
        }
        List<List<RecognizedChar>> chars = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            chars.add(null);
        }
        readAll(engine, image, boxes, widths, shortOnes, SHORT_PAD, chars, stop);
        for (int i : shortOnes) {
            if (chars.get(i) != null && !sure(chars.get(i))) {
                chars.set(i, null);
                longOnes.add(i);
            }
        }
        readAll(engine, image, boxes, widths, longOnes, MIN_WIDTH, chars, stop);
        List<RecognizedText> texts = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (chars.get(i) != null) {
                texts.add(new RecognizedText(boxes.get(i), chars.get(i)));
            }
        }
        return texts;
    }

    /** Whether a first reading can be kept: something read, every character at least {@link #SURE}. */
    static boolean sure(List<RecognizedChar> read) {
        return !read.isEmpty() && read.stream().allMatch(c -> c.confidence() >= SURE);
    }

    /**
     * The crops {@code crops} in batches: sorted by width, a batch holds at most {@value #BATCH} crops and
     * its input (as many crops as it holds, each as wide as the widest of them and at least
     * {@code minWidth}) at most {@value #BATCH_PIXELS} pixels of width.
     */
    static List<List<Integer>> batches(List<Integer> crops, int[] widths, int minWidth) {
        List<Integer> sorted = new ArrayList<>(crops);
        sorted.sort(Comparator.comparingInt(i -> widths[i]));
        List<List<Integer>> batches = new ArrayList<>();
        List<Integer> batch = new ArrayList<>();
        int width = minWidth;
        for (int i : sorted) {
            int w = Math.max(minWidth, widths[i]);
            if (!batch.isEmpty() && (batch.size() == BATCH || (batch.size() + 1L) * Math.max(width, w) > BATCH_PIXELS)) {
                batches.add(batch);
                batch = new ArrayList<>();
                width = minWidth;
            }
            batch.add(i);
            width = Math.max(width, w);
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private static void readAll(OcrEngine engine, GrayImage image, List<TextBox> boxes, int[] widths, List<Integer> crops,
                                int minWidth, List<List<RecognizedChar>> chars, BooleanSupplier stop) throws OcrException {
        for (List<Integer> batch : batches(crops, widths, minWidth)) {
            if (stop.getAsBoolean()) {
                return;
            }
            List<Placement> placed = new ArrayList<>(batch.size());
            int width = minWidth;
            for (int i : batch) {
                placed.add(new Placement(i, placed.size(), widths[i]));
                width = Math.max(width, widths[i]);
            }
            read(engine, image, boxes, placed, width, minWidth, chars);
        }
    }

    private static void read(OcrEngine engine, GrayImage image, List<TextBox> boxes, List<Placement> batch, int width,
                             int minWidth, List<List<RecognizedChar>> chars) throws OcrException {
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
                    if (c.centerX() < Math.max(p.width() + HEIGHT / 2, minWidth)) {
                        own.add(new RecognizedChar(c.text(), box.left() + c.centerX() / scale,
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
