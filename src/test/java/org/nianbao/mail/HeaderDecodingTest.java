package org.nianbao.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Header text and parameters as real Chinese mail writes them. */
class HeaderDecodingTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void aCharacterSplitAcrossTwoEncodedWordsIsJoined() {
        byte[] bytes = "朱镕基".getBytes(StandardCharsets.UTF_8);
        String first = Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, 0, 4));
        String second = Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, 4, bytes.length));
        assertEquals("朱镕基", EncodedWords.decode("=?UTF-8?B?" + first + "?=\r\n =?UTF-8?B?" + second + "?="));
    }

    @Test
    void gb2312LabelsDecodeGbkOnlyCharacters() {
        String word = "=?gb2312?B?" + Base64.getEncoder().encodeToString("朱镕基·报告".getBytes(GBK)) + "?=";
        assertEquals("朱镕基·报告", EncodedWords.decode(word));
    }

    @Test
    void quotedPrintableWordsAndPlainTextAroundThem() {
        assertEquals("罗庄区 年报 2023", EncodedWords.decode("=?gb2312?q?=C2=DE=D7=AF=C7=F8_=C4=EA=B1=A8?= 2023"));
        assertEquals("=?x-unknown?B?YWJj?= ok", EncodedWords.decode("=?x-unknown?B?YWJj?= ok"), "an unknown charset is left as received");
    }

    @Test
    void parametersInEveryForm() {
        HeaderParameters quoted = HeaderParameters.parse("attachment; filename=\"a;b \\\"c\\\".pdf\"; size=12");
        assertEquals("attachment", quoted.token());
        assertEquals(Optional.of("a;b \"c\".pdf"), quoted.get("filename"));
        assertEquals(Optional.of("12"), quoted.get("SIZE"));

        HeaderParameters mixed = HeaderParameters.parse("application/pdf; name*0=\"report-\"; name*1*=%E5%B9%B4%E6%8A%A5.pdf");
        assertEquals(Optional.of("report-年报.pdf"), mixed.get("name"), "a plain first segment and an encoded second one");

        HeaderParameters withLanguage = HeaderParameters.parse("attachment; filename*=utf-8'zh-cn'%E5%B9%B4%E6%8A%A5.pdf");
        assertEquals(Optional.of("年报.pdf"), withLanguage.get("filename"));
        assertEquals(Optional.empty(), withLanguage.get("name"));
    }

    @Test
    void rawEightBitHeadersAreReadAsUtf8OrGbk() {
        String utf8 = new String("年报.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String gbk = new String("年报.pdf".getBytes(GBK), StandardCharsets.ISO_8859_1);
        assertEquals("年报.pdf", MimeCharset.repairRawBytes(utf8));
        assertEquals("年报.pdf", MimeCharset.repairRawBytes(gbk));
        assertEquals("已是文字", MimeCharset.repairRawBytes("已是文字"));
    }
}
