package org.nianbao.convert.ocr;

/** One recognised character: its text, the middle of its place on the image (pixels) and the engine's confidence (0–1). */
public record RecognizedChar(String text, double centerX, double confidence) {
}
