package org.nianbao.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyNamesTest {

    private final AgencyNames lanshan = new AgencyNames(List.of("山东省", "临沂市", "兰山区"));

    @ParameterizedTest
    @CsvSource({
            "兰山区教育和体育局, 兰山区教育和体育局, true",
            "临沂市兰山区教育和体育局, 兰山区教育和体育局, true",
            "兰山区教育和体育局, 临沂市兰山区教育和体育局, true",
            "山东省临沂市兰山区民政局, 兰山区民政局, true",
            "'兰山区 民政局', '兰山区民政局 ', true",
            "兰山区民政局, 兰山区财政局, false",
            "兰山区民政局, 临沂市民政局, false",
            "临沂市, 临沂市民政局, false"
    })
    void rosterAndReportNamesMatch(String roster, String report, boolean same) {
        assertEquals(same, lanshan.same(roster, report));
    }

    @ParameterizedTest
    @CsvSource({
            "临沂市民政局, 临沂市民政局, true",
            "山东省临沂市民政局, 临沂市民政局, true",
            "临沂市民政局, 民政局, false"
    })
    void aCityKeepsItsOwnName(String roster, String report, boolean same) {
        assertEquals(same, new AgencyNames(List.of("山东省", "临沂市")).same(roster, report));
    }
}
