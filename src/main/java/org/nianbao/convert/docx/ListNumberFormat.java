package org.nianbao.convert.docx;

/** Word's list number formats ({@code w:numFmt}) that Chinese reports use, as printed text. */
final class ListNumberFormat {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private ListNumberFormat() {
    }

    static String format(String numFmt, int n) {
        return switch (numFmt) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
                    "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n);
            case "ideographTraditional" -> n >= 1 && n <= STEMS.length() ? String.valueOf(STEMS.charAt(n - 1)) : String.valueOf(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= CIRCLED.length() ? String.valueOf(CIRCLED.charAt(n - 1)) : String.valueOf(n);
            case "upperLetter" -> letter(n, 'A');
            case "lowerLetter" -> letter(n, 'a');
            case "bullet", "none" -> "";
            default -> String.valueOf(n);
        };
    }

    /** 1–99 as 一 … 九十九, the way 第二十条 and section numbers are written. */
    static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    private static String letter(int n, char first) {
        return String.valueOf((char) (first + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }
}
