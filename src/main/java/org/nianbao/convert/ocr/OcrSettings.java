package org.nianbao.convert.ocr;

/**
 * How much OCR the service may do: whether at all, how many pages at once across the service
 * ({@code workers}), how many pages of one document ({@code maxPages}; the rest leave the report
 * partial) and how many threads ONNX Runtime uses for one page ({@code threads}).
 */
public record OcrSettings(boolean enabled, int workers, int maxPages, int threads) {

    public static final OcrSettings DEFAULTS = new OcrSettings(true, 1, 20, 1);

    public OcrSettings {
        if (workers < 1 || maxPages < 1 || threads < 1) {
            throw new IllegalArgumentException("OCR workers, pages and threads must be at least 1");
        }
    }
}
