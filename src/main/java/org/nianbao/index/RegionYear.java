package org.nianbao.index;

/** One region (GB/T 2260 code) and report year: the unit a summary covers. */
public record RegionYear(String code, int year) {

    public RegionYear {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a region-year needs a region code");
        }
    }

    @Override
    public String toString() {
        return code + "/" + year;
    }
}
