package org.nianbao.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The result of one consistency rule (R1–R6) on one target. A failed arithmetic check (R1–R4) names in
 * {@code cells} the printed cells it used (JSON paths such as
 * {@code tables.requests.results.granted.naturalPerson}), so that the office can look at them; other
 * checks leave it empty and it is then not written.
 */
public record Check(String id, String target, String status, BigDecimal expected, BigDecimal actual, String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> cells) {

    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    public static final String SKIPPED = "skipped";

    public Check {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** A check that names no cells. */
    public Check(String id, String target, String status, BigDecimal expected, BigDecimal actual, String message) {
        this(id, target, status, expected, actual, message, List.of());
    }

    public boolean failed() {
        return FAIL.equals(status);
    }
}
