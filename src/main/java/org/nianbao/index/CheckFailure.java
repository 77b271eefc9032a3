package org.nianbao.index;

/** A consistency check that failed in an indexed report: its rule ({@code R4}) and target. */
public record CheckFailure(String id, String target) {

    /** {@code "R4 reviewLitigation.review"}, the form a summary lists. */
    public String label() {
        return target == null ? id : id + " " + target;
    }
}
