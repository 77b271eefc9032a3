package org.nianbao.region;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Region;

/**
 * The GB/T 2260 divisions (provinces, prefecture-level cities, counties) with their townships and
 * streets, looked up by code. Immutable once built, so one instance can serve every thread.
 */
public final class RegionCatalog {

    private static final Comparator<Division> BY_CODE = Comparator.comparing(Division::code);

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> childrenByCode;
    private final List<Division> provinces;
    private final NameIndex names;

    RegionCatalog(Collection<Division> divisions) {
        Map<String, Division> codes = new HashMap<>(divisions.size() * 2);
        Map<String, List<Division>> children = new HashMap<>();
        for (Division division : divisions) {
            codes.put(division.code(), division);
            if (division.hasParent()) {
                children.computeIfAbsent(division.parentCode(), code -> new ArrayList<>()).add(division);
            }
        }
        this.byCode = Map.copyOf(codes);
        children.replaceAll((code, list) -> list.stream().sorted(BY_CODE).toList());
        this.childrenByCode = Map.copyOf(children);
        this.provinces = divisions.stream().filter(d -> !d.hasParent())
                .sorted(BY_CODE).toList();
        this.names = NameIndex.of(divisions);
    }

    /** The catalog shipped with the application, read from the classpath on first use only. */
    public static RegionCatalog standard() {
        return Bundled.CATALOG;
    }

    /** The division with this code ({@code "371311"}, or nine digits for a township), if there is one. */
    public Optional<Region> byCode(String code) {
        return division(code).map(this::region);
    }

    /** The names from the province down to the division with this code; empty for an unknown code. */
    public List<String> path(String code) {
        return division(code).map(this::pathOf).orElse(List.of());
    }

    /** The divisions directly below this code, in code order; empty for an unknown code or a township. */
    public List<Region> children(String code) {
        List<Division> below = code == null ? List.of() : childrenByCode.getOrDefault(code, List.of());
        return below.stream().map(this::region).toList();
    }

    /** The provinces, autonomous regions and municipalities, in code order. */
    public List<Region> provinces() {
        return provinces.stream().map(this::region).toList();
    }

    /** The level of the division with this code, if there is one. */
    public Optional<RegionLevel> level(String code) {
        return division(code).map(Division::level);
    }

    /** The number of divisions held, all levels together. */
    public int size() {
        return byCode.size();
    }

    Optional<Division> division(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    NameIndex names() {
        return names;
    }

    /** The ancestors of a division, nearest first, the division itself excluded. */
    List<Division> ancestors(Division division) {
        List<Division> up = new ArrayList<>(3);
        Division current = division;
        while (current.hasParent()) {
            current = byCode.get(current.parentCode());
            if (current == null) {
                break;
            }
            up.add(current);
        }
        return up;
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    boolean within(Division inner, Division outer) {
        return inner.code().equals(outer.code()) || ancestors(inner).contains(outer);
    }

    /**
     * The county-level division a township belongs to (or its city where, as in 东莞市, there is no
     * county level); any other division is returned as it is.
     */
    Division countyLevel(Division division) {
        if (division.level() != RegionLevel.TOWN || !division.hasParent()) {
            return division;
        }
        return byCode.getOrDefault(division.parentCode(), division);
    }

    Region region(Division division) {
        return new Region(division.code(), division.name(), pathOf(division));
    }

    private List<String> pathOf(Division division) {
        Deque<String> path = new ArrayDeque<>(4);
        path.addFirst(division.name());
        for (Division ancestor : ancestors(division)) {
            path.addFirst(ancestor.name());
        }
        return List.copyOf(path);
    }

    /** Holder idiom: the JVM loads the table once, on the first call to {@link #standard()}. */
    private static final class Bundled {
        static final RegionCatalog CATALOG = new RegionCatalog(DivisionFile.readBundled());
    }
}
