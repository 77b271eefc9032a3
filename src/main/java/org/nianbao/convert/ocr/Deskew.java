package org.nianbao.convert.ocr;

/**
 * Finds how far a scanned page is turned: the slope at which its dark pixels (every other column,
 * every row) line up best into rows (the rows of text and the table's horizontal lines), searched coarsely
 * and then finely; of equally good slopes the smallest wins.
 */
public final class Deskew {

    /** Scans are turned by at most a few degrees; beyond that the page is not a scan of upright text. */
    static final double MAX_DEGREES = 3.0;
    private static final double COARSE_STEP = 0.1;
    private static final double FINE_STEP = 0.02;
    private static final int SAMPLE = 2;
    private static final int STEPS = (int) Math.round(MAX_DEGREES / COARSE_STEP);

    private Deskew() {
    }

    /**
     * The angle in degrees (positive when lines fall to the right in image coordinates) that
     * {@link GrayImage#rotated(double)} takes to straighten the page.
     */
    public static double angle(GrayImage image, boolean[] dark) {
        int count = 0;
        int[] xs = new int[dark.length / SAMPLE + 1];
        int[] ys = new int[xs.length];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x += SAMPLE) {
                if (dark[y * image.width() + x] && count < xs.length) {
                    xs[count] = x;
                    ys[count++] = y;
                }
            }
        }
        if (count < 100) {
            return 0;
        }
        int margin = (int) Math.ceil(image.width() * Math.tan(Math.toRadians(MAX_DEGREES))) + 1;
        int[] histogram = new int[image.height() + 2 * margin];
        double best = 0;
        double bestScore = -1;
        for (int k = -STEPS; k <= STEPS; k++) {
            double a = k * COARSE_STEP;
            double score = score(a, xs, ys, count, histogram, margin);
            if (score > bestScore || (score == bestScore && Math.abs(a) < Math.abs(best))) {
                bestScore = score;
                best = a;
            }
        }
        double coarse = best;
        for (int k = -5; k <= 5; k++) {
            double a = coarse + k * FINE_STEP;
            double score = score(a, xs, ys, count, histogram, margin);
            if (score > bestScore || (score == bestScore && Math.abs(a) < Math.abs(best))) {
                bestScore = score;
                best = a;
            }
        }
        return Math.abs(best) < FINE_STEP / 2 ? 0 : best;
    }

    /** Sum of squared row counts after shearing by the angle: high when pixels pile up in few rows. */
    private static double score(double degrees, int[] xs, int[] ys, int count, int[] histogram, int margin) {
        java.util.Arrays.fill(histogram, 0);
        double tan = Math.tan(Math.toRadians(degrees));
        for (int i = 0; i < count; i++) {
            int row = (int) Math.round(ys[i] - xs[i] * tan) + margin;
            if (row >= 0 && row < histogram.length) {
                histogram[row]++;
            }
        }
        double sum = 0;
        for (int h : histogram) {
            sum += (double) h * h;
        }
        return sum;
    }
}
