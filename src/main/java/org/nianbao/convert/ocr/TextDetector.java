package org.nianbao.convert.ocr;

import java.util.List;

/**
 * Finds the text regions of a page image with the DB detection model: the image is normalised the way
 * the model was trained (ImageNet mean and deviation per channel), padded with paper to a multiple of
 * 32 pixels, and the model's probability map is turned into boxes by {@link DbPostProcess}.
 */
final class TextDetector {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private TextDetector() {
    }

    /**
     * The text boxes of {@code full}, found on a copy whose long side is at most {@code maxSide} pixels
     * (text stays well above the smallest size the model finds) and mapped back to {@code full}.
     */
    static List<TextBox> detect(OcrEngine engine, GrayImage full, int maxSide) throws OcrException {
        int longSide = Math.max(full.width(), full.height());
        if (longSide <= maxSide) {
            return detect(engine, full);
        }
        double factor = (double) maxSide / longSide;
        GrayImage small = full.shrunk(factor);
        double up = (double) full.width() / small.width();
        double upY = (double) full.height() / small.height();
        return detect(engine, small).stream().map(b -> new TextBox(
                (int) Math.floor(b.left() * up), (int) Math.floor(b.top() * upY),
                Math.min(full.width(), (int) Math.ceil(b.right() * up)),
                Math.min(full.height(), (int) Math.ceil(b.bottom() * upY)), b.score())).toList();
    }

    static List<TextBox> detect(OcrEngine engine, GrayImage image) throws OcrException {
        int width = roundUp(image.width());
        int height = roundUp(image.height());
        int plane = width * height;
        float[] input = new float[3 * plane];
        float[][] lookup = new float[3][256];
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                lookup[c][v] = (v / 255f - MEAN[c]) / STD[c];
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = x < image.width() && y < image.height() ? image.at(x, y) : 255;
                int i = y * width + x;
                input[i] = lookup[0][v];
                input[plane + i] = lookup[1][v];
                input[2 * plane + i] = lookup[2][v];
            }
        }
        float[] map = engine.detect(input, height, width);
        return DbPostProcess.boxes(map, width, height, image.width(), image.height());
    }

    private static int roundUp(int size) {
        return Math.max(32, (size + 31) / 32 * 32);
    }
}
