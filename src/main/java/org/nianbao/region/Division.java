package org.nianbao.region;

/**
 * One row of the division file. {@code parentCode} is empty for a province.
 */
record Division(String code, String name, String parentCode, RegionLevel level) {

    boolean hasParent() {
        return !parentCode.isEmpty();
    }
}
