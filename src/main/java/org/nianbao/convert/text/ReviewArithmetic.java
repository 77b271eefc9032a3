package org.nianbao.convert.text;

import java.math.BigDecimal;

/** The arithmetic of table 四's one row: in each block of five, 总计 = 维持 + 纠正 + 其他 + 尚未审结 (R4). */
final class ReviewArithmetic {

    static final RunSplitter.RowRule BLOCK_TOTALS = prefix -> {
        int n = prefix.size();
        if (n % 5 != 0) {
            return true;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = n - 5; c < n - 1; c++) {
            sum = sum.add(prefix.get(c));
        }
        return sum.compareTo(prefix.get(n - 1)) == 0;
    };

    private ReviewArithmetic() {
    }
}
