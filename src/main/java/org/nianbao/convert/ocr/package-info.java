/**
 * Optical character recognition for pages that carry no usable text: PP-OCRv4 Chinese text detection
 * and recognition run by ONNX Runtime (models and engine from the classpath, nothing downloaded),
 * with the image work around them in plain Java: deskewing, the detection map's post-processing,
 * greedy CTC decoding with per-character positions and confidences, and the ruling lines of tables.
 * Knows nothing of PDF; the PDF converter turns its results into glyphs and lines.
 */
package org.nianbao.convert.ocr;
