package org.nianbao.convert.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** A grey page image, one byte per pixel (0 black, 255 white), row by row. */
public record GrayImage(int width, int height, byte[] pixels) {

    public GrayImage {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("image size " + width + "x" + height + " does not match " + pixels.length + " pixels");
        }
    }

    /** The image as grey values; any colour image is converted. */
    public static GrayImage of(BufferedImage image) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            gray.getGraphics().drawImage(image, 0, 0, null);
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        if (data.length == w * h) {
            return new GrayImage(w, h, data.clone());
        }
        byte[] copy = new byte[w * h];
        gray.getRaster().getDataElements(0, 0, w, h, copy);
        return new GrayImage(w, h, copy);
    }

    /** The image shrunk by {@code factor} (below 1), each pixel the mean of the pixels it covers. */
    public GrayImage shrunk(double factor) {
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = (int) (y / factor);
            int y1 = Math.max(y0 + 1, Math.min(height, (int) ((y + 1) / factor)));
            for (int x = 0; x < w; x++) {
                int x0 = (int) (x / factor);
                int x1 = Math.max(x0 + 1, Math.min(width, (int) ((x + 1) / factor)));
                int sum = 0;
                for (int sy = y0; sy < y1; sy++) {
                    int row = sy * width;
                    for (int sx = x0; sx < x1; sx++) {
                        sum += pixels[row + sx] & 0xFF;
                    }
                }
                out[y * w + x] = (byte) (sum / ((y1 - y0) * (x1 - x0)));
            }
        }
        return new GrayImage(w, h, out);
    }

    public int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** The image turned by {@code degrees} (counter-clockwise positive) around its centre, corners filled white. */
    public GrayImage rotated(double degrees) {
        if (degrees == 0) {
            return this;
        }
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double cx = width / 2.0;
        double cy = height / 2.0;
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            double dy = y - cy;
            for (int x = 0; x < width; x++) {
                double dx = x - cx;
                // Inverse mapping: where in the source does this output pixel come from.
                double sx = cx + dx * cos - dy * sin;
                double sy = cy + dx * sin + dy * cos;
                out[y * width + x] = (byte) bilinear(sx, sy);
            }
        }
        return new GrayImage(width, height, out);
    }

    private int bilinear(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
            return 255;
        }
        double fx = x - x0;
        double fy = y - y0;
        int i = y0 * width + x0;
        double top = (pixels[i] & 0xFF) * (1 - fx) + (pixels[i + 1] & 0xFF) * fx;
        double bottom = (pixels[i + width] & 0xFF) * (1 - fx) + (pixels[i + width + 1] & 0xFF) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    /** Dark pixels: below a threshold halfway between the page's paper and its ink (Otsu's method). */
    public boolean[] binarized() {
        return binarized(otsu());
    }

    /**
     * Pixels that may belong to a thin ruling line: a one-pixel line printed and scanned is grey, lighter
     * than the ink of text, so the threshold lies a little towards the paper.
     */
    public boolean[] lineInk() {
        return binarized(Math.min(otsu() + 40, 200));
    }

    private boolean[] binarized(int threshold) {
        boolean[] dark = new boolean[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            dark[i] = (pixels[i] & 0xFF) < threshold;
        }
        return dark;
    }

    int otsu() {
        long[] histogram = new long[256];
        for (byte p : pixels) {
            histogram[p & 0xFF]++;
        }
        long total = pixels.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * histogram[i];
        }
        double sumBack = 0;
        long weightBack = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            weightBack += histogram[t];
            if (weightBack == 0) {
                continue;
            }
            long weightFore = total - weightBack;
            if (weightFore == 0) {
                break;
            }
            sumBack += (double) t * histogram[t];
            double meanBack = sumBack / weightBack;
            double meanFore = (sum - sumBack) / weightFore;
            double between = (double) weightBack * weightFore * (meanBack - meanFore) * (meanBack - meanFore);
            if (between > best) {
                best = between;
                threshold = t + 1;
            }
        }
        return threshold;
    }
}
