package org.nianbao.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Functional zones (综合实验区, 经济技术开发区, 高新技术产业开发区, 新区, 管委会 …): administrative areas that are
 * not GB/T 2260 divisions. A zone is placed in the division it lies in: from the bundled table of known
 * zones ({@code /regions/zones.tsv}), and otherwise by the general rule of {@link RegionResolver} (the
 * division the zone's name or the context names). The statistical division list gives some zones
 * county-level codes of their own (371371 临沂高新技术产业开发区: fifth digit 7); those are not GB/T 2260
 * codes either, and stand for their parent.
 */
public final class FunctionalZones {

    static final String RESOURCE = "/regions/zones.tsv";

    /** The words that end a zone's name (the longest alternatives first). */
    private static final Pattern ZONE_NAME = Pattern.compile(
            "[\\p{IsHan}]{2,}?(?:综合实验区|综合试验区|实验区|试验区|经济技术开发区|高新技术产业开发区|经济开发区|"
                    + "高新技术开发区|开发区|高新区|工业园区|产业园区|园区|保税区|示范区|合作区|新区|风景名胜区|管理区)"
                    + "(?:党工委)?(?:管委会|管理委员会)?$");

    private final List<Zone> zones;

    private FunctionalZones(List<Zone> zones) {
        this.zones = zones.stream().sorted(Comparator.comparingInt((Zone z) -> z.name().length()).reversed()).toList();
    }

    /** The table shipped with the application. */
    static FunctionalZones bundled() {
        InputStream in = FunctionalZones.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("zone table " + RESOURCE + " is missing from the classpath");
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read zone table " + RESOURCE, e);
        }
    }

    static FunctionalZones read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Zone> zones = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[0].isEmpty() || !fields[1].matches("\\d{6}")) {
                throw new IllegalStateException("zone table line " + number + " is malformed: " + line);
            }
            zones.add(new Zone(fields[0], fields[1]));
        }
        return new FunctionalZones(zones);
    }

    /**
     * Whether a name (an agency, or what a title names before its year) is that of a functional zone or
     * of its 管委会, such as 平潭综合实验区 or 临沂经济技术开发区管理委员会.
     */
    public static boolean isZoneName(String name) {
        return name != null && ZONE_NAME.matcher(name).matches();
    }

    /**
     * The first known zone named in {@code text} (the longest name winning at a place): where it starts and
     * the code of the division holding it.
     */
    Optional<Found> first(String text) {
        return text == null ? Optional.empty() : first(text, text.length());
    }

    /** As {@link #first(String)}, for a zone named within the first {@code limit} characters. */
    Optional<Found> first(String text, int limit) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String within = limit < text.length() ? text.substring(0, limit) : text;
        Found best = null;
        for (Zone zone : zones) {
            int at = within.indexOf(zone.name());
            if (at >= 0 && (best == null || at < best.at())) {
                best = new Found(at, zone.code());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The length of the longest zone name of the table. */
    int longestName() {
        return zones.isEmpty() ? 0 : zones.get(0).name().length();
    }

    /** The containing division's code of the known zone spelled exactly {@code name}. */
    Optional<String> codeOf(String name) {
        return zones.stream().filter(z -> z.name().equals(name)).map(Zone::code).findFirst();
    }

    /** A known zone found in a text: where its name starts, and the code of the division it lies in. */
    record Found(int at, String code) {
    }

    /** A county-level code of the statistical list that is a zone's (fifth digit 7), not a GB/T 2260 county. */
    static boolean isStatisticalZone(Division division) {
        return division.level() == RegionLevel.COUNTY && division.code().length() == 6 && division.code().charAt(4) == '7';
    }

    private record Zone(String name, String code) {
    }
}
