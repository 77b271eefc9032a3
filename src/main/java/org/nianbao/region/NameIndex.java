package org.nianbao.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds division names in text. Every spelling from {@link NameForms} maps to the divisions that bear it;
 * the first two characters of a spelling select the lengths worth trying at a position, so a scan costs
 * about one probe of a primitive hash table per character (no boxing) whatever the size of the table. Division names are far shorter than
 * 64 characters, so the lengths fit in the bits of a {@code long}.
 */
final class NameIndex {

    private final Map<String, List<Division>> bySpelling;
    /** For the first two characters of some spelling: bit n is set when such a spelling has length n. */
    private final PrefixLengths lengthsByPrefix;

    private NameIndex(Map<String, List<Division>> bySpelling) {
        this.bySpelling = bySpelling;
        Map<Integer, Long> lengths = new HashMap<>();
        for (String spelling : bySpelling.keySet()) {
            lengths.merge(prefixKey(spelling, 0), 1L << spelling.length(), (a, b) -> a | b);
        }
        this.lengthsByPrefix = new PrefixLengths(lengths);
    }

    /**
     * Builds the index. A full name always wins over a short form spelled the same; when several
     * divisions share a short form, only the widest keep it (吉林 means 吉林省, not 吉林市).
     */
    static NameIndex of(Collection<Division> divisions) {
        Map<String, List<Division>> full = new HashMap<>(divisions.size() * 2);
        Map<String, List<Division>> abbreviated = new HashMap<>();
        for (Division division : divisions) {
            NameForms.fullForms(division).forEach(form -> add(full, form, division));
            NameForms.shortForms(division).forEach(form -> add(abbreviated, form, division));
        }
        abbreviated.forEach((form, bearers) -> {
            if (!full.containsKey(form)) {
                RegionLevel widest = bearers.stream().map(Division::level).min(Enum::compareTo).orElseThrow();
                full.put(form, bearers.stream().filter(d -> d.level() == widest).toList());
            }
        });
        full.replaceAll((form, bearers) -> List.copyOf(bearers));
        return new NameIndex(Map.copyOf(full));
    }

    /**
     * The first name in {@code text} and the names following it with at most {@code maxGap} characters
     * between each, such as 临沂市 and 兰山区 in 临沂市兰山区教育和体育局; the longest name is taken at each
     * position. The scan stops there, so a long page costs only the characters up to its first name.
     */
    List<Mention> leadingMentions(String text, int maxGap) {
        List<Mention> found = new ArrayList<>(4);
        int i = 0;
        while (i < text.length() - 1 && (found.isEmpty() || i - found.get(found.size() - 1).end() <= maxGap)) {
            Mention mention = longestAt(text, i);
            if (mention == null) {
                i++;
            } else {
                found.add(mention);
                i = mention.end();
            }
        }
        return found;
    }

    /** Adds to {@code codes} every division named anywhere in {@code text}, overlapping names included. */
    void collectNamed(String text, Set<String> codes) {
        for (int i = 0; i < text.length() - 1; i++) {
            for (long rest = lengthsByPrefix.get(prefixKey(text, i)); rest != 0; rest &= ~Long.highestOneBit(rest)) {
                List<Division> bearers = spelledAt(text, i, longest(rest));
                if (bearers != null) {
                    bearers.forEach(d -> codes.add(d.code()));
                }
            }
        }
    }

    /** The divisions that bear exactly this spelling; empty for none. */
    List<Division> spelled(String spelling) {
        return bySpelling.getOrDefault(spelling, List.of());
    }

    private Mention longestAt(String text, int start) {
        for (long rest = lengthsByPrefix.get(prefixKey(text, start)); rest != 0; rest &= ~Long.highestOneBit(rest)) {
            int length = longest(rest);
            List<Division> bearers = spelledAt(text, start, length);
            if (bearers != null) {
                return new Mention(start, start + length, bearers);
            }
        }
        return null;
    }

    /** The divisions spelled by the {@code length} characters at {@code start}, or null for none. */
    private List<Division> spelledAt(String text, int start, int length) {
        return start + length <= text.length() ? bySpelling.get(text.substring(start, start + length)) : null;
    }

    private static int longest(long lengths) {
        return Long.SIZE - 1 - Long.numberOfLeadingZeros(lengths);
    }

    private static int prefixKey(String text, int at) {
        return (text.charAt(at) << 16) | text.charAt(at + 1);
    }

    private static void add(Map<String, List<Division>> map, String form, Division division) {
        if (form.length() < Long.SIZE) {
            map.computeIfAbsent(form, key -> new ArrayList<>(1)).add(division);
        }
    }
}
