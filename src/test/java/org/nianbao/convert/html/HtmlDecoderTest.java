package org.nianbao.convert.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Saved pages decode without mojibake whatever their declaration, and GBK-only characters survive a gb2312 label. */
class HtmlDecoderTest {

    private static final String TEXT = "朱镕基·政府信息公开工作年度报告";
    private static final Charset GBK = Charset.forName("GBK");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<meta charset=\"gb2312\">|GBK",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">|GBK",
            "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=GBK'>|GBK",
            "<meta charset=utf-8>|UTF-8",
            "<meta charset=\"x-unknown-label\">|UTF-8"})
    void honoursTheDeclaredCharset(String meta, String encoding) {
        byte[] page = ("<html><head>" + meta + "</head><body><p>" + TEXT + "</p></body></html>").getBytes(Charset.forName(encoding));
        assertTrue(HtmlDecoder.decode(page).contains(TEXT), () -> HtmlDecoder.decode(page));
    }

    @Test
    void aByteOrderMarkWinsOverTheDeclaration() {
        byte[] body = ("<meta charset=\"gb2312\"><p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[body.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(body, 0, page, 3, body.length);
        assertTrue(HtmlDecoder.decode(page).contains(TEXT));
        assertTrue(HtmlDecoder.decode(("\uFEFF<p>" + TEXT).getBytes(StandardCharsets.UTF_16LE)).contains(TEXT));
    }

    @Test
    void anUndeclaredPageIsUtf8WhenItIsValidUtf8AndGbkOtherwise() {
        assertTrue(HtmlDecoder.decode(("<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8)).contains(TEXT));
        assertTrue(HtmlDecoder.decode(("<p>" + TEXT + "</p>").getBytes(GBK)).contains(TEXT));
    }

    @Test
    void gbkOnlyCharactersUnderAGb2312LabelAreNotLost() {
        String decoded = HtmlDecoder.decode(("<meta charset=gb2312><p>" + TEXT + "</p>").getBytes(GBK));
        assertEquals(-1, decoded.indexOf('\uFFFD'), decoded);
    }
}
