package org.nianbao.extract;

import java.util.Optional;

/**
 * The agency's name in a title read by OCR, checked against the same name printed elsewhere in the
 * document. A large title font may lose a stroke (沭阳县 read 沐阳县): when the name begins with a place
 * one character off the division the report was placed in, and the document's own text prints the name
 * with that division's spelling, the printed spelling is the name. Nothing is taken from outside the
 * document: the division only tells which of the document's two readings names a real place.
 */
final class OcrPlaceName {

    private OcrPlaceName() {
    }

    /**
     * The agency's name as the document's text prints it, when {@code agency} differs from it in one
     * character of the place name {@code division}; empty when the name needs no other reading.
     */
    static Optional<String> reread(String agency, String division, String text) {
        if (agency == null || division == null || agency.length() <= division.length() || agency.startsWith(division)) {
            return Optional.empty();
        }
        String place = agency.substring(0, division.length());
        if (place.codePointCount(0, place.length()) != division.codePointCount(0, division.length())
                || differences(place, division) != 1) {
            return Optional.empty();
        }
        String printed = division + agency.substring(division.length());
        return text.replaceAll("\\s+", "").contains(printed) ? Optional.of(printed) : Optional.empty();
    }

    private static int differences(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) {
                count++;
            }
        }
        return count;
    }
}
