package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-read leading ordinal of a label agrees with the ordinal pattern of the templates' labels. */
class LabelOrdinalTest {

    /** The ordinal forms printed before template labels, as a pattern: the reference for the hand reader. */
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[.、．)）]|[(（]\\d{1,2}[)）])");

    private static final String ALPHABET = "(（)）一十1、.．x";

    @Test
    void agreesWithThePatternOnEveryShortString() {
        List<String> strings = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 5; length++) {
            List<String> longer = new ArrayList<>();
            for (String s : strings) {
                if (s.length() == length - 1) {
                    for (char c : ALPHABET.toCharArray()) {
                        longer.add(s + c);
                    }
                }
            }
            strings.addAll(longer);
        }
        for (String s : strings) {
            assertEquals(byPattern(s), LabelText.coreOfNormalized(s), s);
        }
    }

    @Test
    void stripsTemplateOrdinals() {
        assertEquals("政府信息公开行政复议", LabelText.coreOfNormalized("(四)政府信息公开行政复议"));
        assertEquals("主动公开", LabelText.coreOfNormalized("二、主动公开"));
        assertEquals("商业企业", LabelText.coreOfNormalized("1.(2)商业企业"));
        assertEquals("一二三四、不是序号", LabelText.coreOfNormalized("一二三四、不是序号"));
        assertEquals("123.不是序号", LabelText.coreOfNormalized("123.不是序号"));
    }

    private static String byPattern(String normalized) {
        String n = normalized;
        String previous;
        do {
            previous = n;
            n = ORDINAL.matcher(n).replaceFirst("");
        } while (!n.equals(previous) && !n.isEmpty());
        return n;
    }
}
