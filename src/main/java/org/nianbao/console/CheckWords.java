package org.nianbao.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.export.CellColumn;
import org.nianbao.export.CellColumns;
import org.nianbao.mail.CheckWording;
import org.nianbao.model.Check;
import org.nianbao.summary.CrossChecks;

/**
 * A failed check in words (as the receipts say it; X1 and X2 with the cell's printed labels) and the table
 * cells it involves.
 */
final class CheckWords {

    private CheckWords() {
    }

    static String line(Check check) {
        return line(check, null);
    }

    /**
     * The check in words; a check across years or levels names its cell by the printed labels of
     * {@code template}'s tables (table 二 differs between the 2019 and 2021 templates).
     */
    static String line(Check check, String template) {
        return switch (check.id() == null ? "" : check.id()) {
            case CrossChecks.CARRY_OVER -> cell(check.target(), template) + "：本年度的上年结转（" + number(check.actual())
                    + "）≠ 上年度报告的结转下年度继续办理（" + number(check.expected()) + "）";
            case CrossChecks.HIERARCHY -> cell(check.target(), template) + "：本级汇总报告（" + number(check.actual())
                    + "）≠ 所属单位报告之和（" + number(check.expected()) + "）";
            default -> CheckWording.of(check);
        };
    }

    private static String cell(String path, String template) {
        String variant = CellColumns.TEMPLATE_2021.equals(template) ? CellColumns.TEMPLATE_2021 : CellColumns.TEMPLATE_2019;
        return path == null ? "" : CellColumns.find(variant, path).map(CellColumn::header).orElse(path);
    }

    private static String number(BigDecimal value) {
        return value == null ? "空" : value.toPlainString();
    }

    /** The cell paths (below {@code tables.}) among {@code cells} that the check adds up or compares. */
    static List<String> cells(Check check, List<String> cells) {
        String target = check.target() == null ? "" : check.target();
        String tail = target.substring(target.indexOf('.') + 1);
        List<String> found = new ArrayList<>();
        switch (check.id()) {
            case "R1" -> {
                for (String row : List.of("newReceived", "carriedOver", "results.total", "carriedForward")) {
                    found.add("requests." + row + "." + tail);
                }
            }
            case "R2" -> cells.stream().filter(p -> p.startsWith(target + ".")).forEach(found::add);
            case "R3" -> cells.stream().filter(p -> p.startsWith("requests.results.") && p.endsWith("." + tail)).forEach(found::add);
            case "R4" -> cells.stream().filter(p -> p.startsWith(target + ".")).forEach(found::add);
            case "R5" -> {
                String message = check.message() == null ? "" : check.message();
                int colon = message.indexOf(':');
                if (colon >= 0) {
                    for (String bad : message.substring(colon + 1).split(",")) {
                        found.add(bad.strip().replaceFirst("^tables\\.", ""));
                    }
                }
            }
            case CrossChecks.CARRY_OVER, CrossChecks.HIERARCHY -> found.add(target);
            default -> {
                // R6 compares the text with a table figure; no cell of its own is highlighted.
            }
        }
        found.retainAll(cells);
        return found;
    }
}
