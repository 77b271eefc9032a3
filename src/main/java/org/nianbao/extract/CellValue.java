package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One printed table cell read as the spec says: a number (full-width digits, thousands separators,
 * a sign, a unit), {@code 无} = 0, or a blank ({@code ""}, {@code /}, {@code -}, {@code —},
 * {@code 不适用}) that is null and listed in {@code blankCells}, or U+FFFD, a cell the converter could
 * not settle, which is null without being blank. Anything else is not a value at all,
 * which is what lets the table readers stop at the next label.
 */
record CellValue(Kind kind, BigDecimal number, String raw, String unit) {

    enum Kind { NUMBER, BLANK, UNSETTLED, NOT_A_VALUE }

    /** A cell the converter could not settle (a run of digits the arithmetic leaves open): null, not blank. */
    static final String UNSETTLED_MARK = "\uFFFD";

    private static final Pattern NUMBER = Pattern.compile("^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万元|元|件|个|项|条|次)?$");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    static CellValue parse(String printed) {
        return parse(printed, LabelText.normalize(printed));
    }

    /** As {@link #parse(String)}, for a caller that has the normalized text already. */
    static CellValue parse(String printed, String normalized) {
        String n = normalized.replace('−', '-').replace('－', '-');
        if (n.equals(UNSETTLED_MARK)) {
            return new CellValue(Kind.UNSETTLED, null, printed, null);
        }
        if (n.length() > 24) {
            return new CellValue(Kind.NOT_A_VALUE, null, printed, null);
        }
        if (isDigits(n)) {
            return new CellValue(Kind.NUMBER, new BigDecimal(n), n, null);
        }
        if (!n.isEmpty() && Character.isIdeographic(n.charAt(0)) && !n.equals("无") && !n.equals("零") && !n.equals("不适用")) {
            return new CellValue(Kind.NOT_A_VALUE, null, printed, null);
        }
        String raw = LabelText.withoutSpace(printed);
        if (n.isEmpty() || isDashes(n) || n.equals("不适用")) {
            return new CellValue(Kind.BLANK, null, raw, null);
        }
        if (n.equals("无") || n.equals("零")) {
            return new CellValue(Kind.NUMBER, BigDecimal.ZERO, raw, null);
        }
        Matcher m = NUMBER.matcher(n);
        if (!m.matches()) {
            return new CellValue(Kind.NOT_A_VALUE, null, raw, null);
        }
        String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
        BigDecimal value = new BigDecimal(digits);
        if ("-".equals(m.group(1))) {
            value = value.negate();
        }
        return new CellValue(Kind.NUMBER, value, raw, m.group(4));
    }

    /** "/", "-", "—", "--", "——": printed for a cell that does not apply. */
    private static boolean isDashes(String n) {
        for (int i = 0; i < n.length(); i++) {
            if ("-/—－–_".indexOf(n.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The common case, a plain count such as "0" or "127": no pattern needed. */
    private static boolean isDigits(String n) {
        if (n.isEmpty() || n.length() > 15) {
            return false;
        }
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) < '0' || n.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    boolean isValue() {
        return kind != Kind.NOT_A_VALUE;
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /**
     * The number in the unit the column names: a 元 amount in a 万元 column is divided by 10 000
     * (the caller records a warning); counts ignore 件/个/项.
     */
    BigDecimal in(String columnUnit) {
        if (number == null) {
            return null;
        }
        if ("万元".equals(columnUnit) && "元".equals(unit)) {
            return clean(number.divide(TEN_THOUSAND));
        }
        if ("元".equals(columnUnit) && "万元".equals(unit)) {
            return clean(number.multiply(TEN_THOUSAND));
        }
        return clean(number);
    }

    boolean needsConversion(String columnUnit) {
        return ("万元".equals(columnUnit) && "元".equals(unit)) || ("元".equals(columnUnit) && "万元".equals(unit));
    }

    private static BigDecimal clean(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
