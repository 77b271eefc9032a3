package org.nianbao.convert.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.text.RunSplitter.Column;

class RunSplitterTest {

    private static final List<Column> SEVEN = Collections.nCopies(7, Column.COUNT);

    private static List<BigDecimal> numbers(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void theRowTotalLeavesOneCutOfARequestsRow() {
        // 一、本年新收…640020470 is 64, 0, 0, 2, 0, 4, 70 (pt-2021)
        RunSplitter.Splits splits = RunSplitter.split("640020470", SEVEN, RequestArithmetic.ROW_TOTAL);
        assertEquals(List.of(numbers(64, 0, 0, 2, 0, 4, 70)), splits.candidates());
    }

    @Test
    void withoutArithmeticTheSameRunHasSeveralCuts() {
        assertTrue(RunSplitter.split("640020470", SEVEN, RunSplitter.RowRule.NONE).candidates().size() > 1);
    }

    @Test
    void noNumberHasALeadingZero() {
        assertEquals(List.of(numbers(0, 0, 0, 0, 0, 0, 0)), RunSplitter.split("0000000", SEVEN, RunSplitter.RowRule.NONE).candidates());
        assertEquals(List.of(numbers(10, 0, 5)),
                RunSplitter.split("1005", Collections.nCopies(3, Column.COUNT), RunSplitter.RowRule.NONE).candidates());
    }

    @Test
    void aRunWithoutArithmeticThatCutsTwoWaysIsAmbiguous() {
        // 规范性文件 693665: 69|3|665, 69|36|65, 6|93|665 … nothing says which
        List<List<BigDecimal>> cuts = RunSplitter.split("693665", Collections.nCopies(3, Column.COUNT), RunSplitter.RowRule.NONE).candidates();
        assertTrue(cuts.contains(numbers(69, 3, 665)) && cuts.contains(numbers(6, 93, 665)), cuts.toString());
    }

    @Test
    void tooFewDigitsForTheColumnsGiveNoCut() {
        assertEquals(List.of(), RunSplitter.split("2626", SEVEN, RunSplitter.RowRule.NONE).candidates());
    }

    @Test
    void tableFourIsCutByItsBlockTotals() {
        // 1 0 2 0 3 | 12 0 0 0 12 | 0 0 0 0 0 (pt-2021)
        RunSplitter.Splits splits = RunSplitter.split("10203120001200000", Collections.nCopies(15, Column.COUNT),
                ReviewArithmetic.BLOCK_TOTALS);
        assertEquals(List.of(numbers(1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0)), splits.candidates());
    }

    @Test
    void signsAndDecimalsOnlyWhereTheColumnAllowsThem() {
        List<Column> fees2019 = List.of(Column.COUNT, Column.SIGNED);
        assertEquals(List.of(numbers(35, -8)), RunSplitter.split("35-8", fees2019, RunSplitter.RowRule.NONE).candidates());
        assertEquals(List.of(), RunSplitter.split("35-8", List.of(Column.COUNT, Column.COUNT), RunSplitter.RowRule.NONE).candidates());
        assertEquals(List.of(List.of(new BigDecimal("24252.311082"))),
                RunSplitter.split("24252.311082", List.of(Column.AMOUNT), RunSplitter.RowRule.NONE).candidates());
    }

    @Test
    void aHostileRunStopsAtTheStepLimit() {
        RunSplitter.Splits splits = RunSplitter.split("9".repeat(80), Collections.nCopies(15, Column.COUNT), ReviewArithmetic.BLOCK_TOTALS);
        assertEquals(List.of(), splits.candidates());
    }

    @Test
    void aHugeRunIsReportedAsOverflowNotEnumeratedForever() {
        RunSplitter.Splits splits = RunSplitter.split("123456789123456789123456789123", Collections.nCopies(15, Column.COUNT),
                RunSplitter.RowRule.NONE);
        assertTrue(splits.overflow());
    }
}
