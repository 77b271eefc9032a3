package org.nianbao.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One row of table 三: the six applicant columns and 总计, in template order. */
public record Cols(
        BigDecimal naturalPerson,
        BigDecimal business,
        BigDecimal research,
        BigDecimal socialWelfare,
        BigDecimal legalService,
        BigDecimal otherOrg,
        BigDecimal total) {

    /** JSON names of the seven columns, in template order. */
    public static final List<String> NAMES = List.of(
            "naturalPerson", "business", "research", "socialWelfare", "legalService", "otherOrg", "total");

    public static final Cols EMPTY = new Cols(null, null, null, null, null, null, null);

    public static Cols of(List<BigDecimal> values) {
        if (values.size() != 7) {
            throw new IllegalArgumentException("a row of table 三 has 7 columns, got " + values.size());
        }
        return new Cols(values.get(0), values.get(1), values.get(2), values.get(3),
                values.get(4), values.get(5), values.get(6));
    }

    public List<BigDecimal> values() {
        return Arrays.asList(naturalPerson, business, research, socialWelfare, legalService, otherOrg, total);
    }

    public BigDecimal get(int column) {
        return values().get(column);
    }

    /** The six applicant columns, without 总计. */
    public List<BigDecimal> applicants() {
        return new ArrayList<>(values().subList(0, 6));
    }
}
