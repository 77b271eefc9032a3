package org.nianbao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.model.Region;

class RegionResolverTest {

    private static final RegionCatalog CATALOG = RegionCatalog.standard();

    /**
     * agency; context strings separated by |; home code; expected code, or - for no region.
     */
    @ParameterizedTest(name = "{0} [{1}] home {2} -> {3}")
    @CsvSource(delimiter = ';', nullValues = "", textBlock = """
            # the most specific division named wins
            临沂市兰山区教育和体育局;           ;                               ; 371302
            临沂市人民政府办公室;               ;                               ; 371300
            云南省人民政府扶贫开发办公室;       ;                               ; 530000
            国家税务总局临沂市罗庄区税务局;     ;                               ; 371311
            中共临沂市委办公室;                 ;                               ; 371300
            罗庄区政府办公室;                   ;                               ; 371311
            德令哈市政务服务监督管理局;         ;                               ; 632802
            兰山区人民政府柳青街道办事处;       ;                               ; 371302
            # a functional zone is placed in the division it lies in: the zone table, else the parent of its
            # statistical code (371371 is no GB/T 2260 code), else the county its name starts with
            临沂高新技术产业开发区管理委员会;   ;                               ; 371300
            平潭综合实验区;                     ;                               ; 350128
            平潭综合实验区管委会办公室;         福建省;                         ; 350128
            福建省平潭综合实验区;               ;                               ; 350128
            苏州工业园区管委会;                 ;                               ; 320500
            雄安新区管理委员会;                 ;                               ; 130600
            沂南经济开发区管委会;               临沂市;                         ; 371321
            某某新区管委会;                     临沂市兰山区;                   ; 371302
            # a county's short form, settled inside its county when the context names it or its city
            沂南民政局;                         临沂市人民政府;                 ; 371321
            沂南民政局;                         沂南县界湖街道;                 ; 371321
            沂南民政局;                         ;                               ; -
            公安局;                             临沂市;                         ; 371300
            # short forms
            临沂扶贫办;                         ;                               ; 371300
            临沂罗庄区教育局;                   ;                               ; 371311
            海西州民政局;                       ;                               ; 632800
            广西教育厅;                         ;                               ; 450000
            新疆维吾尔自治区人民政府;           ;                               ; 650000
            长阳县人民政府;                     ;                               ; 420528
            吉林省人民政府;                     ;                               ; 220000
            吉林市人民政府;                     ;                               ; 220200
            # municipalities and cities without counties
            北京市东城区人民政府;               ;                               ; 110101
            重庆市城口县人民政府;               ;                               ; 500229
            东莞市虎门镇人民政府;               ;                               ; 441900
            # a township or street gives its county
            九曲街道办事处;                     ;                               ; 371312
            界湖街道办事处;                     ;                               ; 371321
            郯城街道办事处;                     ;                               ; 371322
            # 河东区 is in 天津市 and in 临沂市
            河东区民政局;                       ;                               ; -
            河东区民政局;                       临沂市河东区人民政府;           ; 371312
            河东区民政局;                       天津市河东区人民政府;           ; 120102
            河东区民政局;                       山东省人民政府;                 ; 371312
            河东区民政局;                       ;                               371300; 371312
            河东区民政局;                       ;                               120000; 120102
            河东区民政局;                       天津市|临沂市;                  ; -
            河东区民政局;                       天津市|临沂市;                  371300; 371312
            河东区民政局;                       天津市|山东省临沂市;            120000; 371312
            天津市河东区民政局;                 临沂市;                         ; 120102
            # 太平街道 is in 11 places, two of them in 山东省 (济南市济阳区 and 临沂市河东区)
            太平街道办事处;                     ;                               ; -
            太平街道办事处;                     山东省;                         ; -
            太平街道办事处;                     临沂市;                         ; 371312
            太平街道办事处;                     济南市;                         ; 370115
            太平街道办事处;                     山东省;                         371300; 371312
            张庄镇人民政府;                     中国临沂;                       ; 371321
            # no division in the agency: the context strings, in order
            省扶贫办;                           ;                               ; -
            省扶贫办;                           云南省人民政府扶贫开发办公室;   ; 530000
            统计局;                             国务院|临沂市人民政府|云南省;   ; 371300
            统计局;                             临沂市、兰山区、罗庄区统计工作; ; 371300
            # names that contain no division
            住房和城乡建设局;                   ;                               ; -
            人力资源和社会保障局;               ;                               ; -
            林业局;                             ;                               ; -
            经济技术开发区管理委员会;           ;                               ; -
            城区街道办事处;                     ;                               ; -
            公安局;                             ;                               ; -
            自然资源和规划局;                   ;                               ; -
            公安县公安局;                       ;                               ; 421022
            """)
    void resolves(String agency, String context, String home, String expected) {
        List<String> around = context == null ? List.of() : Arrays.asList(context.split("\\|"));
        RegionResolver resolver = home == null ? new RegionResolver(CATALOG) : new RegionResolver(CATALOG, home);
        Optional<Region> region = resolver.resolve(agency, around);
        if (expected.equals("-")) {
            assertTrue(region.isEmpty(), () -> "expected no region, got " + region.orElseThrow());
        } else {
            assertEquals(CATALOG.byCode(expected), region);
        }
    }

    @Test
    void givesTheFullPath() {
        Region region = new RegionResolver(CATALOG).resolve("九曲街道办事处", List.of()).orElseThrow();
        assertEquals(new Region("371312", "河东区", List.of("山东省", "临沂市", "河东区")), region);
        Region beijing = new RegionResolver(CATALOG).resolve("北京市东城区人民政府", List.of()).orElseThrow();
        assertEquals(List.of("北京市", "东城区"), beijing.path());
    }

    @Test
    void missingInputGivesNothing() {
        RegionResolver resolver = new RegionResolver(CATALOG);
        assertTrue(resolver.resolve(null, null).isEmpty());
        assertTrue(resolver.resolve("", List.of()).isEmpty());
        assertEquals(CATALOG.byCode("371300"),
                resolver.resolve(null, Arrays.asList(null, "临沂市人民政府")));
    }

    @Test
    void rejectsAnUnknownHome() {
        assertThrows(IllegalArgumentException.class, () -> new RegionResolver(CATALOG, "379999"));
    }
}
