package org.nianbao.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The spellings under which a division is recognised inside an agency name or a page: its full name and
 * the short forms people actually write (临沂 for 临沂市, 海西州 for 海西蒙古族藏族自治州, 长阳县 for 长阳土家族自治县).
 */
final class NameForms {

    /** A township is searched for only when its name says what it is; farms, parks and zones are not. */
    private static final List<String> TOWN_SUFFIXES = List.of("街道办事处", "街道", "镇", "乡", "苏木", "地区");

    private static final List<String> PROVINCE_SUFFIXES = List.of("特别行政区", "自治区", "省", "市");
    /** An autonomous prefecture also goes by its stem plus 州 (海西州). */
    private static final List<String> CITY_SUFFIXES = List.of("自治州", "地区", "盟", "市");
    /**
     * A county is abbreviated only from 自治县 / 自治旗 to 县 / 旗 (长阳土家族自治县 → 长阳县). Bare county
     * stems are ordinary words far too often: 公安县 → 公安 (局), 资源县 → (人力)资源, 共和县 → (中华人民)共和(国).
     */
    private static final List<String> COUNTY_SUFFIXES = List.of("自治县", "自治旗");

    /** The 55 minority nationalities, as they appear in names of autonomous divisions (with 族). */
    private static final Set<String> NATIONALITIES = Set.of(
            "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
            "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
            "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
            "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
            "鄂伦春", "赫哲", "门巴", "珞巴", "基诺");

    /** A stem of one character (城区, 东区, 龙镇) is too common a word to be read as a place. */
    private static final int MIN_STEM = 2;

    private NameForms() {
    }

    /** The full spellings worth searching for; empty when the name is too generic to be a signal. */
    static List<String> fullForms(Division division) {
        String name = division.name();
        return switch (division.level()) {
            case PROVINCE, CITY -> List.of(name);
            case COUNTY -> name.endsWith("区") && name.length() - 1 < MIN_STEM ? List.of() : List.of(name);
            case TOWN -> townForms(name);
        };
    }

    /** The abbreviated spellings, e.g. 临沂 and 海西州; never the full name itself. */
    static List<String> shortForms(Division division) {
        return switch (division.level()) {
            case PROVINCE -> abbreviate(division.name(), PROVINCE_SUFFIXES);
            case CITY -> abbreviate(division.name(), CITY_SUFFIXES);
            case COUNTY -> autonomousCounty(division.name());
            case TOWN -> List.of();
        };
    }

    private static List<String> townForms(String name) {
        for (String suffix : TOWN_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= MIN_STEM) {
                // 九曲街道办事处 is written 九曲街道 just as often.
                return suffix.equals("街道办事处")
                        ? List.of(name, name.substring(0, name.length() - 3)) : List.of(name);
            }
        }
        return List.of();
    }

    private static List<String> abbreviate(String name, List<String> suffixes) {
        List<String> forms = new ArrayList<>(2);
        stem(name, suffixes).ifPresent(raw -> {
            String stem = withoutNationalities(raw);
            if (stem.length() >= MIN_STEM) {
                forms.add(stem);
                if (name.endsWith("自治州")) {
                    forms.add(stem + "州");
                }
            }
        });
        return forms;
    }

    /** 长阳土家族自治县 → 长阳县; nothing for 鄂温克族自治旗, whose stem is the nationality itself. */
    private static List<String> autonomousCounty(String name) {
        return stem(name, COUNTY_SUFFIXES)
                .map(NameForms::withoutNationalities)
                .filter(stem -> stem.length() >= MIN_STEM)
                .map(stem -> List.of(stem + name.charAt(name.length() - 1)))
                .orElse(List.of());
    }

    private static Optional<String> stem(String name, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return Optional.of(name.substring(0, name.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }

    /** 海西蒙古族藏族 → 海西; 新疆维吾尔 → 新疆 (the region's name omits 族); 鄂温克族 → "". */
    private static String withoutNationalities(String stem) {
        String rest = stem;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            if (rest.endsWith("维吾尔")) {
                rest = rest.substring(0, rest.length() - 3);
                stripped = true;
            } else if (rest.endsWith("族")) {
                String before = rest.substring(0, rest.length() - 1);
                for (String nationality : NATIONALITIES) {
                    if (before.endsWith(nationality)) {
                        rest = before.substring(0, before.length() - nationality.length());
                        stripped = true;
                        break;
                    }
                }
            }
        }
        return rest;
    }
}
