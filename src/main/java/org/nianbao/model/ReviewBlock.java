package org.nianbao.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One block of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
public record ReviewBlock(BigDecimal upheld, BigDecimal corrected, BigDecimal other, BigDecimal pending, BigDecimal total) {

    public static final List<String> NAMES = List.of("upheld", "corrected", "other", "pending", "total");

    public static final ReviewBlock EMPTY = new ReviewBlock(null, null, null, null, null);

    public static ReviewBlock of(List<BigDecimal> v) {
        return new ReviewBlock(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4));
    }

    public List<BigDecimal> values() {
        return Arrays.asList(upheld, corrected, other, pending, total);
    }
}
