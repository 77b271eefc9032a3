package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a page into its ruled tables and the glyphs that lie outside every table. A page painting more
 * straight lines than any table needs is a drawing (a chart, a map, a hatch pattern): it has no ruled
 * tables, which also keeps the pairwise line matching cheap.
 */
final class RuledTableFinder {

    private static final int MAX_RULINGS = 4000;

    /** The tables found on a page, and the glyphs left for running text. */
    record Split(List<TableFragment> tables, List<Glyph> outside) {
    }

    private RuledTableFinder() {
    }

    static Split split(PageContent page) {
        List<RuledGrid> grids = new ArrayList<>();
        if (page.rulings().size() > MAX_RULINGS) {
            return new Split(List.of(), page.glyphs());
        }
        for (List<Ruling> network : RulingNetwork.networks(page.rulings())) {
            RuledGrid.of(network).ifPresent(grids::add);
        }
        if (grids.isEmpty()) {
            return new Split(List.of(), page.glyphs());
        }
        // Smallest first: a table inside a frame gets its own glyphs before the frame does.
        grids.sort(Comparator.comparingDouble(RuledGrid::area));
        List<Glyph> outside = new ArrayList<>();
        for (Glyph glyph : page.glyphs()) {
            if (!addToGrid(glyph, grids)) {
                outside.add(glyph);
            }
        }
        List<TableFragment> tables = new ArrayList<>(grids.size());
        for (RuledGrid grid : grids) {
            List<Glyph> framed = grid.framedText();
            if (framed.isEmpty()) {
                tables.add(grid.toFragment(page.number()));
            } else {
                outside.addAll(framed);
            }
        }
        return new Split(tables, outside);
    }

    private static boolean addToGrid(Glyph glyph, List<RuledGrid> grids) {
        for (RuledGrid grid : grids) {
            if (grid.add(glyph)) {
                return true;
            }
        }
        return false;
    }
}
