package org.nianbao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.model.Region;

class RegionCatalogTest {

    private final RegionCatalog catalog = RegionCatalog.standard();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', textBlock = """
            371300;    临沂市;       山东省/临沂市
            371311;    罗庄区;       山东省/临沂市/罗庄区
            632802;    德令哈市;     青海省/海西蒙古族藏族自治州/德令哈市
            530000;    云南省;       云南省
            220184;    公主岭市;     吉林省/长春市/公主岭市
            110101;    东城区;       北京市/东城区
            500229;    城口县;       重庆市/城口县
            419001;    济源市;       河南省/济源市
            441900;    东莞市;       广东省/东莞市
            371312001; 九曲街道;     山东省/临沂市/河东区/九曲街道
            """)
    void looksUpByCode(String code, String name, String path) {
        Region region = catalog.byCode(code).orElseThrow();
        List<String> names = Arrays.asList(path.split("/"));
        assertEquals(new Region(code, name, names), region);
        assertEquals(names, catalog.path(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"999999", "371399", "3713", "220381"})
    void unknownCodesGiveNothing(String code) {
        // 220381 is 公主岭市's code before it moved from 四平市 to 长春市 in 2020.
        assertTrue(catalog.byCode(code).isEmpty());
        assertEquals(List.of(), catalog.path(code));
        assertEquals(List.of(), catalog.children(code));
    }

    @Test
    void childrenOfACity() {
        List<String> codes = catalog.children("371300").stream().map(Region::code).toList();
        assertTrue(codes.containsAll(List.of("371302", "371311", "371312", "371321", "371322")), codes.toString());
        assertEquals(codes.stream().sorted().toList(), codes, "children come in code order");
        for (Region child : catalog.children("371300")) {
            assertEquals(List.of("山东省", "临沂市", child.name()), child.path());
        }
    }

    @Test
    void townshipsOfACounty() {
        List<String> names = catalog.children("371321").stream().map(Region::name).toList();
        assertTrue(names.contains("界湖街道"), names.toString());
        assertEquals(RegionLevel.TOWN, catalog.level("371321001").orElseThrow());
        assertEquals(List.of(), catalog.children("371321001"), "villages are not shipped");
    }

    @Test
    void aCityWithoutCountiesHoldsItsTownsDirectly() {
        List<Region> towns = catalog.children("441900");
        assertFalse(towns.isEmpty());
        towns.forEach(town -> assertEquals(RegionLevel.TOWN, catalog.level(town.code()).orElseThrow()));
    }

    @Test
    void placeholderLevelsAreFoldedAway() {
        List<Region> provinces = catalog.provinces();
        assertEquals(31, provinces.size());
        Set<String> placeholders = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
        for (Region province : provinces) {
            assertEquals(List.of(province.name()), province.path());
            for (Region child : catalog.children(province.code())) {
                assertFalse(placeholders.contains(child.name()), child.toString());
                assertEquals(2, child.path().size(), child.toString());
            }
        }
        List<String> beijing = catalog.children("110000").stream().map(Region::name).toList();
        assertTrue(beijing.contains("东城区"), beijing.toString());
    }

    @Test
    void holdsAllFourLevels() {
        // 31 provinces, ~330 cities, ~2,970 counties and ~41,000 townships in the 2023 edition.
        assertTrue(catalog.size() > 44_000 && catalog.size() < 46_000, "size " + catalog.size());
        assertEquals(RegionLevel.PROVINCE, catalog.level("370000").orElseThrow());
        assertEquals(RegionLevel.CITY, catalog.level("371300").orElseThrow());
        assertEquals(RegionLevel.COUNTY, catalog.level("371311").orElseThrow());
    }
}
