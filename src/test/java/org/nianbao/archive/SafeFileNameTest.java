package org.nianbao.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFileNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "..%2F..%2Fetc%2Fpasswd.pdf => _2F_2Fetc_2Fpasswd.pdf",
        "../../x.pdf                => _x.pdf",
        "..\\..\\windows\\x.doc     => _windows_x.doc",
        "/etc/passwd                => _etc_passwd",
        "临沂市2020年政府信息公开工作年度报告.pdf => 临沂市2020年政府信息公开工作年度报告.pdf",
        "report (final)【定稿】.docx => report_(final)【定稿】.docx",
        ".hidden.html               => hidden.html",
        "...                        => document",
        "_-_                        => document",
        "name.                      => name",
        "a:b*c?d\"e<f>g|h.pdf       => a_b_c_d_e_f_g_h.pdf",
    })
    void namesFromOutsideBecomeOneSafeSegment(String received, String expected) {
        assertEquals(expected, SafeFileName.of(received));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad\u0000name.pdf", "line\nbreak.pdf", "rtl\u202Efdp.exe", "tab\there.pdf"})
    void controlAndFormatCharactersAreReplaced(String received) {
        String safe = SafeFileName.of(received);
        assertTrue(safe.codePoints().noneMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT), safe);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "/", "..", "../..", "\u0000"})
    void nothingUsableLeftGivesAFixedName(String received) {
        String safe = SafeFileName.of(received);
        assertFalse(safe.isEmpty());
        assertEquals(1, Path.of(safe).getNameCount());
        assertFalse(safe.startsWith("."));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 60, 200, 1000})
    void longNamesAreBoundedAndKeepTheirExtension(int repeat) {
        String safe = SafeFileName.of("年度报告".repeat(repeat) + ".docx");
        assertTrue(safe.getBytes(StandardCharsets.UTF_8).length <= SafeFileName.MAX_UTF8_BYTES, safe);
        assertTrue(safe.endsWith(".docx"), safe);
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {"x.PDF|pdf", "x.tar.gz|gz", "noext|''", "x.p/d|''", "x.verylongext|''"})
    void extensionsAreOnlyPlainOnes(String received, String expected) {
        assertEquals(expected, SafeFileName.extensionOf(received));
    }
}
