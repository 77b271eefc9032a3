package org.nianbao.region;

/** The tiers of the division hierarchy, from the widest to the narrowest. */
public enum RegionLevel {
    /** 省、自治区、直辖市. */
    PROVINCE,
    /** 地级市、地区、自治州、盟. */
    CITY,
    /** 县、县级市、市辖区、旗 and the like. */
    COUNTY,
    /** 乡、镇、街道 and the like. */
    TOWN;

    /** The level numbered 1 (province) to 4 (town), as written in the division file. */
    static RegionLevel ofNumber(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("no division level " + number);
        }
        return values()[number - 1];
    }
}
