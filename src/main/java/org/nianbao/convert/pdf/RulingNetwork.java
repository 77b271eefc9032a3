package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The border lines of a page, merged where a producer drew one line in pieces (or twice, a hair
 * apart), and grouped into networks of lines that touch: each network is one table candidate.
 */
final class RulingNetwork {

    /** Lines this close (points) are the same line; ends this close touch. */
    static final float TOLERANCE = 2f;

    private RulingNetwork() {
    }

    static List<List<Ruling>> networks(List<Ruling> rulings) {
        List<Ruling> merged = merge(rulings);
        int[] parent = new int[merged.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < merged.size(); i++) {
            for (int j = i + 1; j < merged.size(); j++) {
                if (merged.get(i).meets(merged.get(j), TOLERANCE)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new LinkedHashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(merged.get(i));
        }
        return List.copyOf(groups.values());
    }

    /** Collinear pieces that overlap or touch become one line at their mean position. */
    static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::position));
        List<Ruling> merged = new ArrayList<>();
        List<Ruling> collinear = new ArrayList<>();
        for (Ruling ruling : sorted) {
            if (!collinear.isEmpty()) {
                Ruling last = collinear.get(collinear.size() - 1);
                if (last.horizontal() != ruling.horizontal() || ruling.position() - last.position() > TOLERANCE) {
                    mergeCollinear(collinear, merged);
                    collinear.clear();
                }
            }
            collinear.add(ruling);
        }
        mergeCollinear(collinear, merged);
        return merged;
    }

    private static void mergeCollinear(List<Ruling> collinear, List<Ruling> out) {
        if (collinear.isEmpty()) {
            return;
        }
        double mean = collinear.stream().mapToDouble(Ruling::position).average().orElse(0);
        List<Ruling> byStart = new ArrayList<>(collinear);
        byStart.sort(Comparator.comparingDouble(Ruling::from));
        boolean horizontal = byStart.get(0).horizontal();
        float from = byStart.get(0).from();
        float to = byStart.get(0).to();
        for (Ruling ruling : byStart.subList(1, byStart.size())) {
            if (ruling.from() > to + TOLERANCE) {
                out.add(new Ruling(horizontal, (float) mean, from, to));
                from = ruling.from();
            }
            to = Math.max(to, ruling.to());
        }
        out.add(new Ruling(horizontal, (float) mean, from, to));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
