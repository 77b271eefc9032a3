package org.nianbao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksEscapesAndBackslashesAreWrittenOut() {
        assertEquals("a\\nb\\rc\\td", LogText.escape("a\nb\rc\td"));
        assertEquals("\\u001b[31mred\\u0007", LogText.escape("\u001b[31mred\u0007"));
        assertEquals("..\\\\..\\\\canary.txt", LogText.escape("..\\..\\canary.txt"));
        assertEquals("\\u009b2J \\u007f", LogText.escape("\u009b2J \u007f"));
        assertEquals("x\\u2028y\\u202egnp.exe", LogText.escape("x\u2028y\u202egnp.exe"));
    }

    @Test
    void ordinaryTextOfEveryScriptIsLeftAsItIs() {
        String name = "临沂市 2020年 年报 (final) — copy.pdf";
        assertSame(name, LogText.escape(name));
        assertEquals("null", LogText.escape(null));
    }
}
