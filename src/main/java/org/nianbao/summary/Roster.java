package org.nianbao.summary;

import java.util.List;

/**
 * The agencies a region expects an annual report from. {@code aggregateReporter} is the body (usually the
 * people's government) whose own report sums the others; it is not expected as a unit.
 */
public record Roster(String code, String name, String aggregateReporter, List<String> agencies) {

    public Roster {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a roster needs the region's code");
        }
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
}
