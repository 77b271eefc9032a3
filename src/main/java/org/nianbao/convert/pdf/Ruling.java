package org.nianbao.convert.pdf;

/**
 * A straight horizontal or vertical line painted on a page, a candidate table border. {@code position}
 * is its y (horizontal) or x (vertical); {@code from}–{@code to} is the span along the line.
 */
record Ruling(boolean horizontal, float position, float from, float to) {

    Ruling {
        if (from > to) {
            float swap = from;
            from = to;
            to = swap;
        }
    }

    boolean covers(float along, float tolerance) {
        return along >= from - tolerance && along <= to + tolerance;
    }

    /** True when this line and {@code other} (of the other direction) touch or cross. */
    boolean meets(Ruling other, float tolerance) {
        return horizontal != other.horizontal && covers(other.position, tolerance) && other.covers(position, tolerance);
    }
}
