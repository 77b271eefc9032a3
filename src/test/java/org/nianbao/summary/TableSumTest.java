package org.nianbao.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.nianbao.model.ReviewBlock;
import org.nianbao.model.ReviewLitigation;

class TableSumTest {

    private static ReviewBlock block(Integer upheld, Integer corrected, Integer other, Integer pending, Integer total) {
        return new ReviewBlock(n(upheld), n(corrected), n(other), n(pending), n(total));
    }

    private static BigDecimal n(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    @Test
    void nullAddsAsZeroButANullInEveryReportStaysNull() {
        TableSum sum = new TableSum();
        sum.add(new ReviewLitigation(block(1, null, 0, null, 1), null, block(0, 0, 0, 0, 0)));
        sum.add(new ReviewLitigation(block(2, 3, null, null, 5), block(1, 0, 0, 0, 1), block(0, 0, 1, 0, 1)));

        ReviewLitigation total = sum.as(ReviewLitigation.class).orElseThrow();

        assertEquals(block(3, 3, 0, null, 6), total.review());
        assertEquals(block(1, 0, 0, 0, 1), total.litigationDirect(), "a block one report lacks comes from the other");
        assertEquals(block(0, 0, 1, 0, 1), total.litigationAfterReview());
    }

    @Test
    void sumsKeepTheirScale() {
        TableSum sum = new TableSum();
        sum.add(new ReviewBlock(new BigDecimal("10"), new BigDecimal("1.50"), null, null, null));
        sum.add(new ReviewBlock(new BigDecimal("10"), new BigDecimal("2.5"), null, null, null));

        ReviewBlock total = sum.as(ReviewBlock.class).orElseThrow();

        assertEquals(new BigDecimal("20"), total.upheld());
        assertEquals(new BigDecimal("4.00"), total.corrected());
        assertNull(total.other());
    }

    @Test
    void nullCellsTakenAsZeroAreCountedOnlyWhereTheSumHasANumber() {
        TableSum sum = new TableSum();
        ReviewLitigation withGaps = new ReviewLitigation(block(1, null, 0, null, 1), null, block(0, 0, 0, 0, 0));
        sum.add(withGaps);
        sum.add(new ReviewLitigation(block(2, 3, null, null, 5), block(1, 0, 0, 0, 1), block(0, 0, 1, 0, 1)));

        // corrected (1) and the whole litigationDirect block (5); pending is null in both, so not counted
        assertEquals(6, TableSum.nullsTakenAsZero(withGaps, sum.tree().orElseThrow(), null));
        assertEquals(1, TableSum.nullsTakenAsZero(withGaps, sum.tree().orElseThrow(), "litigationDirect"));
    }

    @Test
    void nothingAddedIsNoTable() {
        TableSum sum = new TableSum();
        sum.add(null);
        assertTrue(sum.as(ReviewLitigation.class).isEmpty());
    }
}
