package org.nianbao.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkupBudgetTest {

    @Test
    void countsEveryOpeningBracketWhereverItFallsInAWord() {
        byte[] page = "<p>一<b>二</b></p><br/>x<".getBytes(StandardCharsets.UTF_8);
        assertEquals(6, MarkupBudget.countTagOpenings(page, 0, page.length));
        assertEquals(5, MarkupBudget.countTagOpenings(page, 1, page.length - 1));
        assertEquals(0, MarkupBudget.countTagOpenings(page, 1, 2));
    }

    @Test
    void bytesNextToTheBracketDoNotCount() {
        // 0xBC has the bracket's low seven bits; 0x3B, 0x3D and 0x00/0xFF are its neighbours and the extremes.
        byte[] words = {(byte) 0xBC, 0x3B, 0x3D, 0x00, (byte) 0xFF, 0x7C, 0x1C, (byte) 0xBC, 0x3C, (byte) 0xBC};
        assertEquals(1, MarkupBudget.countTagOpenings(words, 0, words.length));
    }

    @Test
    void agreesWithAByteByByteCountOnRandomBytesAndRanges() {
        Random random = new Random(12);
        for (int round = 0; round < 500; round++) {
            byte[] bytes = new byte[random.nextInt(70)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? (byte) '<' : (byte) random.nextInt(256);
            }
            int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int length = bytes.length - offset == 0 ? 0 : random.nextInt(bytes.length - offset + 1);
            long expected = 0;
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '<') {
                    expected++;
                }
            }
            assertEquals(expected, MarkupBudget.countTagOpenings(bytes, offset, length));
        }
    }

    @Test
    void refusesOneTagOverTheLimit() throws ConversionException {
        ParseLimits limits = new ParseLimits(1 << 20, 10, 100, 1 << 20, 256, Duration.ofSeconds(10), 1 << 20, 9, 1000);
        MarkupBudget.check("<a><b><c>123456789".getBytes(StandardCharsets.UTF_8), limits, "the web page");
        byte[] tenTags = "<a><b><c><d><e><f><g><h><i><j>".getBytes(StandardCharsets.UTF_8);
        ConversionException e = assertThrows(ConversionException.class, () -> MarkupBudget.check(tenTags, limits, "the web page"));
        assertEquals(FailureCode.TOO_LARGE, e.code());
    }
}
