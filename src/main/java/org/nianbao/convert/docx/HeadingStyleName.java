package org.nianbao.convert.docx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a heading level from a Word style name: "heading 2" as Word stores it whatever the interface
 * language, "标题 2" as WPS and some localized templates store it.
 */
public final class HeadingStyleName {

    private static final Pattern HEADING = Pattern.compile("(?:heading|标题)\\s*([1-9])", Pattern.CASE_INSENSITIVE);

    private HeadingStyleName() {
    }

    /** 1–9 for a heading style name, 0 for any other name. */
    public static int level(String styleName) {
        Matcher matcher = HEADING.matcher(styleName.strip());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** 1–9 from a Word outline level (0–8), 0 for body text (9) or anything else. */
    public static int fromOutlineLevel(int outlineLevel) {
        return outlineLevel >= 0 && outlineLevel <= 8 ? outlineLevel + 1 : 0;
    }
}
