package org.nianbao.model;

import java.math.BigDecimal;

/** The result of one consistency rule (R1–R6) on one target. */
public record Check(String id, String target, String status, BigDecimal expected, BigDecimal actual, String message) {

    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    public static final String SKIPPED = "skipped";

    public boolean failed() {
        return FAIL.equals(status);
    }
}
