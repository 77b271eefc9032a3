package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.convert.Block;
import org.nianbao.convert.Paragraph;
import org.nianbao.model.Section;

/**
 * Splits the body into numbered sections at headings "一、…", "二、…". A heading must continue the
 * numbering (二 after 一); a restart at 一 is accepted only for a heading that names a standard section
 * (a press page that quotes the report after its own 一/二). Paragraphs that belong to a table (cells of a
 * flattened table) are not section text, nor is the signature (agency and date lines) at the end.
 */
final class SectionSplitter {

    private static final Pattern HEADING = Pattern.compile("^[|｜\\s]*([一二三四五六七八九十]{1,3})\\s*[、.．]\\s*(.{2,60})$");
    private static final Pattern RUN_IN = Pattern.compile("^[|｜\\s]*([一二三四五六七八九十]{1,3})\\s*[、.．]\\s*([^。：:]{2,30}?)[。：:]\\s*(.+)$");
    private static final Pattern LEADERS = Pattern.compile("…|\\.{3,}|·{3,}|\\s\\d{1,3}$");
    private static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final String NUMERALS = "一二三四五六七八九十";

    /** Sections, the paragraphs before the first heading, and the signature found at the end. */
    record Result(List<Section> sections, List<String> preamble, String signatureAgency, String signatureDate) {
    }

    private SectionSplitter() {
    }

    static Result split(List<Block> blocks, Set<Integer> tableBlocks) {
        List<Section> sections = new ArrayList<>();
        List<String> preamble = new ArrayList<>();
        List<String> current = null;
        String number = null;
        String heading = null;
        int last = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Paragraph p) || tableBlocks.contains(i) || p.text().isBlank()) {
                continue;
            }
            Heading h = Heading.parse(p.text().strip(), last);
            if (h != null) {
                if (current != null) {
                    sections.add(new Section(SectionKeys.keyOf(heading), number, heading, String.join("\n", current)));
                }
                current = new ArrayList<>();
                number = h.number();
                heading = h.text();
                last = h.ordinal();
                if (!h.runIn().isEmpty()) {
                    current.add(h.runIn());
                }
            } else if (current == null) {
                preamble.add(p.text().strip());
            } else {
                current.add(p.text().strip());
            }
        }
        String[] signature = {null, null};
        if (current != null) {
            cutSignature(current, signature);
            sections.add(new Section(SectionKeys.keyOf(heading), number, heading, String.join("\n", current)));
        }
        return new Result(sections, preamble, signature[0], signature[1]);
    }

    /**
     * A section heading line: "二、主动公开政府信息情况" alone, or run in with its first sentence
     * ("一、总体情况。2020年，我局…" / "一、总体情况：…", when the words before the stop name a standard
     * section). It must continue the numbering, or restart at 一 with a standard section. Table-of-contents
     * lines ("一、总体情况……1") are not headings.
     */
    record Heading(String number, int ordinal, String text, String runIn) {

        static Heading parse(String line, int last) {
            if (!startsWithNumeral(line)) {
                // Both patterns need a numeral after the leading pipes and spaces: most lines stop here.
                return null;
            }
            Matcher m = HEADING.matcher(line);
            String number;
            String text;
            String runIn = "";
            if (m.matches() && !m.group(2).contains("。")) {
                number = m.group(1);
                text = m.group(2).strip();
            } else {
                Matcher r = RUN_IN.matcher(line);
                if (!r.matches() || SectionKeys.keyOf(r.group(2)) == null) {
                    return null;
                }
                number = r.group(1);
                text = r.group(2).strip();
                runIn = r.group(3).strip();
            }
            int ordinal = SectionSplitter.ordinal(number);
            boolean continues = ordinal == last + 1 || (ordinal == 1 && SectionKeys.keyOf(text) != null);
            return continues && ordinal > 0 && !LEADERS.matcher(text).find() ? new Heading(number, ordinal, text, runIn) : null;
        }
    }

    /** Whether the line holds a Chinese numeral after any leading {@code [|｜\s]} (ASCII whitespace, as {@code \s}). */
    private static boolean startsWithNumeral(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '|' && c != '｜' && c != ' ' && c != '\t' && c != '\n' && c != '\u000b' && c != '\f' && c != '\r') {
                return NUMERALS.indexOf(c) >= 0;
            }
        }
        return false;
    }

    /** Removes a trailing "agency / date" signature from the last section's lines. */
    private static void cutSignature(List<String> lines, String[] signature) {
        if (lines.isEmpty()) {
            return;
        }
        Matcher date = DATE_LINE.matcher(LabelText.normalize(lines.get(lines.size() - 1)));
        if (!date.matches()) {
            return;
        }
        signature[1] = date.group(1) + "-" + twoDigits(date.group(2)) + "-" + twoDigits(date.group(3));
        lines.remove(lines.size() - 1);
        if (!lines.isEmpty()) {
            String agency = lines.get(lines.size() - 1);
            if (agency.length() <= 40 && !isSentence(agency)) {
                signature[0] = LabelText.withoutSpace(agency);
                lines.remove(lines.size() - 1);
            }
        }
    }

    /** One or two ASCII digits as two ("3" → "03", "12" → "12"). */
    private static String twoDigits(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }

    /**
     * What {@code text.matches(".*[。，,：:；;].*")} says, without compiling the pattern: a stop or a comma
     * in a single line ({@code .} matches no line terminator).
     */
    private static boolean isSentence(String text) {
        boolean stop = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
            stop |= "。，,：:；;".indexOf(c) >= 0;
        }
        return stop;
    }

    static int ordinal(String numeral) {
        if (numeral.length() == 1) {
            return NUMERALS.indexOf(numeral) + 1;
        }
        if (numeral.startsWith("十")) {
            return 10 + (numeral.length() > 1 ? NUMERALS.indexOf(numeral.charAt(1)) + 1 : 0);
        }
        int tens = NUMERALS.indexOf(numeral.charAt(0)) + 1;
        int ones = numeral.length() > 2 ? NUMERALS.indexOf(numeral.charAt(2)) + 1 : 0;
        return tens * 10 + ones;
    }
}
