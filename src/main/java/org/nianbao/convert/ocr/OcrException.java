package org.nianbao.convert.ocr;

/** The OCR engine could not be loaded or failed on an image. */
public final class OcrException extends Exception {

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
