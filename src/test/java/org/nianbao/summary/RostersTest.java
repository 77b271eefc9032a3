package org.nianbao.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RostersTest {

    @TempDir
    Path folder;

    @Test
    void aCombinedRosterFileGivesEveryRegion() throws IOException {
        Files.copy(CorpusIndex.ROSTER, folder.resolve("roster.json"));

        Rosters rosters = Rosters.load(folder);

        Roster lanshan = rosters.forRegion("371302").orElseThrow();
        assertEquals("兰山区", lanshan.name());
        assertEquals("兰山区人民政府", lanshan.aggregateReporter());
        assertEquals(12, lanshan.agencies().size());
        assertTrue(lanshan.agencies().contains("临沂市兰山区教育和体育局"));
        for (String code : List.of("371300", "371311", "371312", "371321", "371322")) {
            assertTrue(rosters.forRegion(code).isPresent(), code);
        }
        assertTrue(rosters.forRegion("220184").isEmpty());
    }

    @Test
    void oneFilePerRegion() throws IOException {
        write("371311.json", """
                { "code": "371311", "name": "罗庄区", "aggregateReporter": "罗庄区人民政府",
                  "agencies": ["罗庄区民政局", "罗庄区司法局"] }""");
        write("371312.json", """
                { "code": "371312", "agencies": [] }""");
        write("notes.txt", "not a roster");

        Rosters rosters = Rosters.load(folder);

        assertEquals(new Roster("371311", "罗庄区", "罗庄区人民政府", List.of("罗庄区民政局", "罗庄区司法局")),
                rosters.forRegion("371311").orElseThrow());
        assertEquals(List.of(), rosters.forRegion("371312").orElseThrow().agencies());
    }

    @Test
    void aMissingFolderHoldsNoRosters() throws IOException {
        assertTrue(Rosters.load(folder.resolve("rosters")).forRegion("371311").isEmpty());
    }

    @Test
    void anInvalidRosterNamesTheFileAndTheProblem() throws IOException {
        write("371311.json", """
                { "code": "罗庄区", "agencies": "罗庄区民政局" }""");

        IOException e = assertThrows(IOException.class, () -> Rosters.load(folder));

        assertTrue(e.getMessage().contains("371311.json"), e.getMessage());
        assertTrue(e.getMessage().contains("/code"), e.getMessage());
        assertTrue(e.getMessage().contains("/agencies"), e.getMessage());
    }

    @Test
    void aRegionListedTwiceIsRefused() throws IOException {
        write("a.json", """
                { "code": "371311", "agencies": ["罗庄区民政局"] }""");
        write("b.json", """
                { "regions": [ { "code": "371311", "agencies": ["罗庄区司法局"] } ] }""");

        IOException e = assertThrows(IOException.class, () -> Rosters.load(folder));

        assertTrue(e.getMessage().contains("371311 again"), e.getMessage());
    }

    private void write(String name, String json) throws IOException {
        Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
    }
}
