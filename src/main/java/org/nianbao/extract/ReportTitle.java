package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.region.FunctionalZones;

/**
 * The report's own title and what it tells: the agency ("{机关名称}{YYYY}年政府信息公开工作年度报告",
 * also with the year first) and the year reported on.
 */
final class ReportTitle {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern REPORT_WORDS = Pattern.compile(
            "(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)$|(?:政府|政务)?信息公开工作年度报告$|年度报告$|年报$");
    private static final Pattern YEAR_WORDS = Pattern.compile("(?:19|20)\\d{2}\\s*年度?");
    private static final Pattern BARE_REGION = Pattern.compile("^[\\p{IsHan}]{1,10}(?:省|市|区|县|旗|州|盟)$");
    private static final int MAX_TITLE_LINE = 60;

    private ReportTitle() {
    }

    /** Title lines at the top of a Word or PDF body: short lines ending with the one that names the 报告. */
    static Optional<String> fromLeadingLines(List<String> preamble) {
        List<String> lines = new ArrayList<>();
        for (String line : preamble.subList(0, Math.min(preamble.size(), 6))) {
            String t = line.strip();
            if (t.length() > MAX_TITLE_LINE || t.matches(".*[。；;].*")) {
                break;
            }
            lines.add(t);
            if (t.contains("报告") || t.contains("年报")) {
                return Optional.of(tidy(String.join("", lines.subList(Math.max(0, lines.size() - 3), lines.size()))));
            }
        }
        return Optional.empty();
    }

    /** Whitespace between Chinese characters removed, other runs folded to one space. */
    static String tidy(String title) {
        return title.strip().replaceAll("[\\s\\u00a0\\u3000]+", " ")
                .replaceAll("(?<=[^\\x00-\\x7F]) | (?=[^\\x00-\\x7F])", "");
    }

    /** The first year named in the title, the year reported on. */
    static Optional<Integer> year(String title) {
        Matcher m = YEAR.matcher(LabelText.normalize(title));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /**
     * The agency a standard title names, if it is a standard title: quoted or prefixed titles ("音频解读:
     * 《…》") name the report, not the publisher, and a bare region ("罗庄区2020年…") names a government
     * whose body must come from elsewhere.
     */
    static Optional<String> agency(String title) {
        String t = LabelText.normalize(title);
        if (t.contains(":") || t.contains("《") || t.contains("解读")) {
            return Optional.empty();
        }
        String rest = REPORT_WORDS.matcher(YEAR_WORDS.matcher(t).replaceAll("")).replaceAll("");
        rest = rest.replaceAll("[\\p{Punct}“”]+$", "");
        if (rest.length() < 2 || isBareRegion(rest)) {
            return Optional.empty();
        }
        return Optional.of(rest);
    }

    static Optional<String> bareRegion(String title) {
        String t = LabelText.normalize(title);
        String rest = REPORT_WORDS.matcher(YEAR_WORDS.matcher(t).replaceAll("")).replaceAll("");
        return isBareRegion(rest) ? Optional.of(rest) : Optional.empty();
    }

    /** A division's bare name (罗庄区); a functional zone (平潭综合实验区) is an agency of its own. */
    private static boolean isBareRegion(String name) {
        return BARE_REGION.matcher(name).matches() && !name.endsWith("局") && name.length() <= 12
                && !FunctionalZones.isZoneName(name);
    }
}
