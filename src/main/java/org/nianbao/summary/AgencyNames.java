package org.nianbao.summary;

import java.util.List;

/**
 * Agency names as a roster and a report are matched: whitespace removed, and the names of the divisions
 * above the region ignored at the start, so that {@code 临沂市兰山区教育和体育局} and {@code 兰山区教育和体育局}
 * are the same agency of 兰山区.
 */
public final class AgencyNames {

    private final List<String> prefixes;

    /** {@code path} is the region's path from the province down to it; every division above it is a prefix. */
    public AgencyNames(List<String> path) {
        this.prefixes = path.isEmpty() ? List.of() : List.copyOf(path.subList(0, path.size() - 1));
    }

    String key(String agency) {
        String name = agency == null ? "" : agency.replaceAll("\\s+", "");
        for (String prefix : prefixes) {
            // Only a prefix followed by more name is dropped: 临沂市 alone stays 临沂市.
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                name = name.substring(prefix.length());
            }
        }
        return name;
    }

    public boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
