package org.nianbao.convert.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Control characters of a .doc story: fields, breaks and anchors never reach the text. */
class DocTextTest {

    static Stream<Arguments> stories() {
        return Stream.of(
                Arguments.of("page field: instruction and result dropped", "第\u0013 PAGE \u00143\u0015页\r", "第页"),
                Arguments.of("hyperlink: result kept", "见\u0013 HYPERLINK \"x\" \u0014网站\u0015", "见网站"),
                Arguments.of("field without a result", "\u0013 NUMPAGES \u0015共", "共"),
                Arguments.of("line break", "某某局\u000b2020年度报告\r", "某某局\n2020年度报告"),
                Arguments.of("cell end mark", "甲\u0007", "甲"),
                Arguments.of("object anchors", "图\u0001表\u0008", "图表"),
                Arguments.of("an unterminated page field ends with its paragraph", "\u0013 PAGE \u00143\r正文", "正文"),
                Arguments.of("field nested in a page field", "\u0013 PAGE \u0013 =1+1 \u00142\u0015\u00145\u0015末", "末"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void visibleTextLeavesOutStructure(String because, String raw, String expected) {
        assertEquals(expected, new DocText().visible(raw), because);
    }
}
