package org.nianbao.convert.ocr;

/** A detected text region (pixels, right and bottom exclusive) and how sure the detector is of it. */
public record TextBox(int left, int top, int right, int bottom, double score) {

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    double centerX() {
        return (left + right) / 2.0;
    }

    double centerY() {
        return (top + bottom) / 2.0;
    }
}
