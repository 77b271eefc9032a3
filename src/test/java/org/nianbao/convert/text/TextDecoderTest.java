package org.nianbao.convert.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FormatDetector;

class TextDecoderTest {

    private static final String REPORT = "临沂市住房和城乡建设局2020年度政府信息公开工作年度报告\n一、总体情况\n";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8AndGb18030WithoutAMarkAreBothRead() {
        assertEquals(Optional.of(REPORT), TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(REPORT), TextDecoder.decode(REPORT.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void byteOrderMarksDecideAndAreRemoved() {
        assertEquals(Optional.of(REPORT), TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                REPORT.getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.of(REPORT), TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                REPORT.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(Optional.of(REPORT), TextDecoder.decode(concat(new byte[] {(byte) 0x84, 0x31, (byte) 0x95, 0x33},
                REPORT.getBytes(Charset.forName("GB18030")))));
    }

    @Test
    void binaryJunkIsNotText() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertEquals(Optional.empty(), TextDecoder.decode(junk));
        assertEquals(Optional.empty(), TextDecoder.decode("abc\0def".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), TextDecoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDetectorCallsTextTxtButMarkupStaysHtml() {
        FormatDetector detector = new FormatDetector();
        assertEquals(Optional.of(DocumentFormat.TXT), detector.fromBytes(REPORT.getBytes(Charset.forName("GB18030"))));
        assertEquals(Optional.of(DocumentFormat.HTML), detector.fromBytes("<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(DocumentFormat.TXT), detector.fromName("年报.md"));
    }
}
