package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readings a table 三 row allows when it prints one value more than its seven columns, and the
 * template arithmetic (总计 = the six applicant columns, R2) to choose among them. Only printed values are
 * ever placed, never changed, and a cell the arithmetic does not settle is null, never a guess. One value fewer is not settled this way: a row short of its 总计 and a row
 * short of one applicant column can balance alike ([3, 0, 0, 0, 0, 3] is either), so the arithmetic
 * would choose wrongly.
 */
final class RowReadings {

    private static final int COLUMNS = 7;

    /** A chosen reading: the seven cells (null where the readings disagree), and what was decided. */
    record Reading(List<CellValue> cells, String decided) {
    }

    private RowReadings() {
    }

    /**
     * One printed value too many (a label spilled into a cell of its own, a stray blank): the readings that
     * leave out one printed value and whose 总计 equals the sum of their applicant columns. One such reading
     * is taken whole; where several differ, only the cells they agree on are kept and the others are null.
     * When no reading balances, the printed numbers fail the arithmetic whatever the reading: seven numbers
     * and one blank are then read as the seven numbers (the blank is the spilled cell), so that the check
     * fails on the cells that really fail it; otherwise empty.
     */
    static Optional<Reading> oneTooMany(List<CellValue> printed) {
        if (printed.size() != COLUMNS + 1) {
            return Optional.empty();
        }
        Map<List<BigDecimal>, List<CellValue>> passing = new LinkedHashMap<>();
        List<Integer> dropped = new ArrayList<>();
        for (int drop = 0; drop < printed.size(); drop++) {
            List<CellValue> reading = new ArrayList<>(printed);
            reading.remove(drop);
            if (balances(reading) && passing.putIfAbsent(numbers(reading), reading) == null) {
                dropped.add(drop);
            }
        }
        if (passing.isEmpty()) {
            return withoutTheOneBlank(printed);
        }
        if (passing.size() == 1) {
            int drop = dropped.get(0);
            return Optional.of(new Reading(passing.values().iterator().next(), "value " + (drop + 1) + " ('"
                    + printed.get(drop).raw() + "') left out: only without it does 总计 equal the sum of the applicant columns"));
        }
        List<CellValue> agreed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int c = 0; c < COLUMNS; c++) {
            final int col = c;
            long distinct = passing.keySet().stream().map(r -> r.get(col)).distinct().count();
            agreed.add(distinct == 1 ? passing.values().iterator().next().get(c) : null);
            if (distinct > 1) {
                open.add(String.valueOf(c + 1));
            }
        }
        return Optional.of(new Reading(agreed, passing.size() + " readings leaving out one value balance; columns "
                + String.join(", ", open) + " differ between them and are left empty"));
    }

    private static Optional<Reading> withoutTheOneBlank(List<CellValue> printed) {
        List<Integer> blanks = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            if (printed.get(i).number() == null) {
                blanks.add(i);
            }
        }
        if (blanks.size() != 1) {
            return Optional.empty();
        }
        List<CellValue> reading = new ArrayList<>(printed);
        reading.remove((int) blanks.get(0));
        return Optional.of(new Reading(reading, "the blank value " + (blanks.get(0) + 1)
                + " left out; no reading balances, so the printed numbers fail the check whatever the reading"));
    }

    private static boolean balances(List<CellValue> reading) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = 0; c < COLUMNS - 1; c++) {
            BigDecimal v = reading.get(c).number();
            if (v == null) {
                return false;
            }
            sum = sum.add(v);
        }
        BigDecimal total = reading.get(COLUMNS - 1).number();
        return total != null && total.compareTo(sum) == 0;
    }

    private static List<BigDecimal> numbers(List<CellValue> reading) {
        List<BigDecimal> out = new ArrayList<>(reading.size());
        reading.forEach(v -> out.add(v.number() == null ? null : v.number().stripTrailingZeros()));
        return out;
    }
}
