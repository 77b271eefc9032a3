package org.nianbao.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.model.Region;

/**
 * Finds the division a reporting agency belongs to from its name, e.g. 临沂市兰山区教育和体育局 → 兰山区,
 * 九曲街道办事处 → 河东区 (a township gives its county).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>The first division named in the agency decides; a division named right after it and lying inside
 *       it makes it more specific (临沂市兰山区 → 兰山区; 兰山区人民政府柳青街道 → 柳青街道 → 兰山区).</li>
 *   <li>A name borne by several divisions (河东区 in 天津市 and in 临沂市, many 街道) is settled by the
 *       context: the bearer whose province and city are named there (in full or short, 临沂) wins.</li>
 *   <li>Still tied, a bearer inside the home division wins, when a home is configured.</li>
 *   <li>Still tied, there is no answer: a wrong region is worse than none.</li>
 *   <li>A functional zone (平潭综合实验区, 临沂高新技术产业开发区) is not a division: a zone of the bundled
 *       table gives the division it lies in; a zone with a statistical code of its own gives its parent.</li>
 *   <li>An agency naming no division by a searched spelling may begin with a county's stem (沂南民政局,
 *       平潭综合实验区): that county counts when the context names it or its city.</li>
 *   <li>An agency naming no division at all (省扶贫办) is resolved from the context strings, in order.</li>
 * </ol>
 * Instances are immutable and thread-safe.
 */
public final class RegionResolver {

    /**
     * Up to this many characters of plain words may separate a division from one that refines it
     * (the 人民政府 in 兰山区人民政府柳青街道); punctuation or spaces end the name instead, so an
     * enumeration such as 临沂市、兰山区 is not read as 兰山区.
     */
    private static final int MAX_REFINING_GAP = 6;

    /** County suffixes tried after a stem that begins an agency name (沂南 → 沂南县). */
    private static final List<String> COUNTY_ENDINGS = List.of("县", "市", "区", "旗");
    private static final int MIN_STEM = 2;
    private static final int MAX_STEM = 4;

    private final RegionCatalog catalog;
    private final Optional<Division> home;
    private final FunctionalZones zones = ZoneTable.ZONES;

    /** A resolver without a home division: ties that the context cannot settle give no region. */
    public RegionResolver(RegionCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.home = Optional.empty();
    }

    /**
     * A resolver that settles remaining ties in favour of the divisions inside {@code homeCode}, the
     * division of the office that collects the reports.
     *
     * @throws IllegalArgumentException if the catalog has no division with that code
     */
    public RegionResolver(RegionCatalog catalog, String homeCode) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.home = Optional.of(catalog.division(homeCode).orElseThrow(() -> new IllegalArgumentException(
                "home region code " + homeCode + " is not a GB/T 2260 division code")));
    }

    /**
     * The county-level (or wider) division of the agency.
     *
     * @param agency  the agency's name as printed; {@code null} counts as no name
     * @param context the words around the report, most telling first: site name, publisher,
     *                addresses, the report's text; {@code null} entries are skipped
     * @return the division, or empty when none is named or the name cannot be settled
     */
    public Optional<Region> resolve(String agency, List<String> context) {
        String name = agency == null ? "" : agency;
        List<String> around = context == null ? List.of() : context.stream().filter(Objects::nonNull).toList();
        List<String> evidenceTexts = new ArrayList<>(around.size() + 1);
        evidenceTexts.add(name);
        evidenceTexts.addAll(around);
        ContextEvidence evidence = new ContextEvidence(catalog.names(), evidenceTexts);

        Scan inName = scan(name);
        if (inName.namesAPlace()) {
            return named(name, inName, evidence).map(catalog::region);
        }
        Optional<Division> byStem = countyByStem(name, evidence);
        if (byStem.isPresent()) {
            return byStem.map(catalog::region);
        }
        for (String text : around) {
            Scan scan = scan(text);
            Optional<Division> found = scan.namesAPlace() ? named(text, scan, evidence) : Optional.empty();
            if (found.isPresent()) {
                return found.map(catalog::region);
            }
        }
        return Optional.empty();
    }

    /** The leading division names of a text and the first known zone before or right after them. */
    private record Scan(List<Mention> mentions, Optional<FunctionalZones.Found> zone) {
        boolean namesAPlace() {
            return !mentions.isEmpty() || zone.isPresent();
        }
    }

    /** Scans a text once; a zone is looked for only up to just after the leading names (a page is long). */
    private Scan scan(String text) {
        List<Mention> mentions = catalog.names().leadingMentions(text, MAX_REFINING_GAP);
        int limit = mentions.isEmpty() ? text.length()
                : mentions.get(mentions.size() - 1).end() + MAX_REFINING_GAP + zones.longestName();
        return new Scan(mentions, zones.first(text, limit));
    }

    /**
     * The division the first name in a text gives: a known zone when it comes first or right after the
     * divisions holding it (福建省平潭综合实验区), else the division named.
     */
    private Optional<Division> named(String text, Scan scan, ContextEvidence evidence) {
        List<Mention> mentions = scan.mentions();
        Optional<FunctionalZones.Found> zone = scan.zone();
        Optional<Division> zoneDivision = zone.flatMap(z -> catalog.division(z.code()));
        if (zoneDivision.isPresent() && (mentions.isEmpty() || zone.get().at() <= mentions.get(0).start())) {
            return zoneDivision;
        }
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        Optional<Division> chosen = choose(firstNamed(text, mentions), evidence).map(this::placeZone);
        if (zoneDivision.isPresent() && chosen.isPresent()) {
            int chainEnd = mentions.stream().filter(m -> m.end() <= zone.get().at()).mapToInt(Mention::end).max().orElse(-1);
            if (chainEnd >= 0 && sameName(text, chainEnd, zone.get().at()) && catalog.within(zoneDivision.get(), chosen.get())) {
                return zoneDivision;
            }
        }
        return chosen;
    }

    /** A zone with a statistical code of its own stands for the division it lies in. */
    private Division placeZone(Division division) {
        if (!FunctionalZones.isStatisticalZone(division)) {
            return division;
        }
        return zones.codeOf(division.name()).flatMap(catalog::division)
                .or(() -> catalog.division(division.parentCode()))
                .orElse(division);
    }

    /**
     * The county whose stem begins the name (沂南民政局 → 沂南县), when the context names that county or
     * its city: a bare stem alone is too often a word (公安局, 资源局) to be trusted.
     */
    private Optional<Division> countyByStem(String name, ContextEvidence evidence) {
        for (int length = Math.min(MAX_STEM, name.length() - 1); length >= MIN_STEM; length--) {
            String stem = name.substring(0, length);
            List<Division> candidates = new ArrayList<>();
            for (String ending : COUNTY_ENDINGS) {
                catalog.names().spelled(stem + ending).stream()
                        .filter(d -> d.level() == RegionLevel.COUNTY && !FunctionalZones.isStatisticalZone(d))
                        .forEach(candidates::add);
            }
            List<Division> evidenced = candidates.stream()
                    .filter(d -> evidence.countNamed(countyAndCity(d)) > 0).toList();
            if (!evidenced.isEmpty()) {
                return choose(evidenced, evidence);
            }
        }
        return Optional.empty();
    }

    private List<Division> countyAndCity(Division county) {
        List<Division> up = catalog.ancestors(county);
        List<Division> near = new ArrayList<>(2);
        near.add(county);
        up.stream().filter(d -> d.level() == RegionLevel.CITY).forEach(near::add);
        return near;
    }

    /** The divisions the first name in a text can mean, narrowed by the names that refine it. */
    private List<Division> firstNamed(String text, List<Mention> mentions) {
        List<Division> current = mentions.get(0).candidates();
        int end = mentions.get(0).end();
        for (Mention next : mentions.subList(1, mentions.size())) {
            if (!sameName(text, end, next.start())) {
                break;
            }
            List<Division> inside = inside(next.candidates(), current);
            if (!inside.isEmpty()) {
                current = inside;
                end = next.end();
            }
        }
        return current;
    }

    /** Those of {@code candidates} that lie within one of {@code outers}. */
    private List<Division> inside(List<Division> candidates, List<Division> outers) {
        return candidates.stream()
                .filter(candidate -> outers.stream().anyMatch(outer -> catalog.within(candidate, outer)))
                .toList();
    }

    private static boolean sameName(String text, int from, int to) {
        if (to - from > MAX_REFINING_GAP) {
            return false;
        }
        return text.substring(from, to).codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private Optional<Division> choose(List<Division> candidates, ContextEvidence evidence) {
        List<Division> best = candidates;
        if (countyLevels(best).size() > 1) {
            best = mostEvidenced(best, evidence);
        }
        if (countyLevels(best).size() > 1 && home.isPresent()) {
            List<Division> inside = best.stream().filter(d -> catalog.within(d, home.get())).toList();
            best = inside.isEmpty() ? best : inside;
        }
        Set<Division> answers = countyLevels(best);
        return answers.size() == 1 ? Optional.of(answers.iterator().next()) : Optional.empty();
    }

    /** The candidates with the most ancestors named in the context. */
    private List<Division> mostEvidenced(List<Division> candidates, ContextEvidence evidence) {
        int[] scores = candidates.stream().mapToInt(d -> evidence.countNamed(catalog.ancestors(d))).toArray();
        int top = Arrays.stream(scores).max().orElse(0);
        List<Division> best = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == top) {
                best.add(candidates.get(i));
            }
        }
        return best;
    }

    private Set<Division> countyLevels(List<Division> divisions) {
        return divisions.stream().map(catalog::countyLevel).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Holder idiom: the zone table is read once, on first use. */
    private static final class ZoneTable {
        static final FunctionalZones ZONES = FunctionalZones.bundled();
    }
}
