package org.nianbao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionalZonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"平潭综合实验区", "临沂经济技术开发区", "临沂高新技术产业开发区管理委员会", "雄安新区",
            "苏州工业园区管委会", "平潭综合实验区党工委管委会"})
    void recognisesZoneNames(String name) {
        assertTrue(FunctionalZones.isZoneName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"罗庄区", "平潭县", "兰山区人民政府", "新区", "平潭综合实验区管委会办公室", "浦东新区教育局"})
    void otherNamesAreNoZones(String name) {
        assertFalse(FunctionalZones.isZoneName(name));
    }

    @Test
    void everyZoneOfTheTableLiesInADivisionOfTheCatalog() throws IOException {
        RegionCatalog catalog = RegionCatalog.standard();
        try (InputStream in = FunctionalZones.class.getResourceAsStream(FunctionalZones.RESOURCE)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int zones = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                Optional<Division> division = catalog.division(fields[1]);
                assertTrue(division.isPresent(), line);
                assertFalse(FunctionalZones.isStatisticalZone(division.get()), line);
                zones++;
            }
            assertTrue(zones >= 10);
        }
    }

    @Test
    void findsTheFirstKnownZoneOfAText() {
        FunctionalZones zones = FunctionalZones.bundled();
        assertEquals(Optional.of(new FunctionalZones.Found(3, "350128")), zones.first("福建省平潭综合实验区管委会"));
        assertEquals(Optional.empty(), zones.first("临沂市兰山区"));
    }

    @Test
    void rejectsAMalformedTable() {
        byte[] bad = "平潭综合实验区\t3501\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalStateException.class, () -> FunctionalZones.read(new ByteArrayInputStream(bad)));
    }
}
