package org.nianbao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFormsTest {

    /** level; name; short forms separated by /, empty for none. */
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
            PROVINCE; 山东省;               山东
            PROVINCE; 北京市;               北京
            PROVINCE; 内蒙古自治区;         内蒙古
            PROVINCE; 广西壮族自治区;       广西
            PROVINCE; 新疆维吾尔自治区;     新疆
            PROVINCE; 香港特别行政区;       香港
            CITY;     临沂市;               临沂
            CITY;     海西蒙古族藏族自治州; 海西/海西州
            CITY;     大兴安岭地区;         大兴安岭
            CITY;     锡林郭勒盟;           锡林郭勒
            COUNTY;   长阳土家族自治县;     长阳县
            COUNTY;   鄂温克族自治旗;
            COUNTY;   公安县;
            COUNTY;   罗庄区;
            TOWN;     九曲街道;
            """)
    void shortForms(RegionLevel level, String name, String expected) {
        List<String> forms = expected == null ? List.of() : Arrays.asList(expected.split("/"));
        assertEquals(forms, NameForms.shortForms(new Division("000000", name, "", level)));
    }

    /** level; name; full forms separated by /, empty when the name is not searched for. */
    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
            COUNTY; 罗庄区;         罗庄区
            COUNTY; 费县;           费县
            COUNTY; 城区;
            TOWN;   九曲街道;       九曲街道
            TOWN;   马牧池乡;       马牧池乡
            TOWN;   九曲街道办事处; 九曲街道办事处/九曲街道
            TOWN;   龙镇;
            TOWN;   林业局;
            TOWN;   经济技术开发区;
            """)
    void fullForms(RegionLevel level, String name, String expected) {
        List<String> forms = expected == null ? List.of() : Arrays.asList(expected.split("/"));
        assertEquals(forms, NameForms.fullForms(new Division("000000000", name, "", level)));
    }
}
