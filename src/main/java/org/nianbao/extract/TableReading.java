package org.nianbao.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nianbao.convert.Block;
import org.nianbao.convert.TableBlock;
import org.nianbao.model.BlankCell;
import org.nianbao.model.ProactiveTable;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewLitigation;
import org.nianbao.model.Warning;

/**
 * Finds and reads the three tables anywhere in the document (tables 二, 三, 四 in that order, each read up
 * to where the next one starts), and remembers which blocks they occupied.
 */
final class TableReading {

    final ProactiveTable proactive;
    final RequestsTable requests;
    final ReviewLitigation review;
    final String template;
    final Map<String, String> origins = new LinkedHashMap<>();
    final List<BlankCell> blanks = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();
    final Set<Integer> tableBlocks = new HashSet<>();
    /** The pages each table read by OCR came from, by table name. */
    final Map<String, java.util.SortedSet<Integer>> ocrPages = new LinkedHashMap<>();

    TableReading(List<Block> blocks) {
        TokenStream stream = new TokenStream(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof TableBlock) {
                tableBlocks.add(i);
            }
        }
        int end = stream.size();
        OptionalInt a2 = ProactiveReader.anchor(stream, 0);
        OptionalInt a3 = RequestsReader.anchor(stream, a2.orElse(0));
        if (a3.isEmpty()) {
            a3 = RequestsReader.anchor(stream, 0);
        }
        OptionalInt a4 = ReviewReader.anchor(stream, a3.orElse(a2.orElse(0)));
        Optional<ProactiveReader.Read> t2 = a2.isPresent()
                ? ProactiveReader.read(stream, a2.getAsInt(), firstAfter(a2.getAsInt(), end, a3, a4)) : Optional.empty();
        Optional<RequestsReader.Read> t3 = a3.isPresent()
                ? RequestsReader.read(stream, a3.getAsInt(), firstAfter(a3.getAsInt(), end, a4)) : Optional.empty();
        Optional<ReviewReader.Read> t4 = a4.isPresent()
                ? ReviewReader.read(stream, a4.getAsInt(), end) : Optional.empty();
        proactive = t2.map(ProactiveReader.Read::table).orElse(null);
        requests = t3.map(RequestsReader.Read::table).orElse(null);
        review = t4.map(ReviewReader.Read::table).orElse(null);
        t2.ifPresent(r -> take("proactive", r.cells(), stream, blocks));
        t3.ifPresent(r -> take("requests", r.cells(), stream, blocks));
        t4.ifPresent(r -> take("reviewLitigation", r.cells(), stream, blocks));
        template = t2.map(r -> r.template2021() ? "2021" : "2019")
                .or(() -> t3.map(r -> r.template2021() ? "2021" : "2019")).orElse(null);
    }

    private void take(String name, TableCells cells, TokenStream stream, List<Block> blocks) {
        boolean ocr = false;
        java.util.SortedSet<Integer> pages = new java.util.TreeSet<>();
        for (int i = cells.firstToken(); i <= cells.lastToken(); i++) {
            if (blocks.get(stream.get(i).block()) instanceof TableBlock table && table.ocr()) {
                ocr = true;
                pages.add(table.page());
            }
        }
        if (ocr) {
            ocrPages.put(name, pages);
        }
        origins.put(name, ocr ? "ocr" : cells.origin());
        blanks.addAll(cells.blanks());
        warnings.addAll(cells.warnings());
        for (int i = cells.firstToken(); i <= cells.lastToken(); i++) {
            tableBlocks.add(stream.get(i).block());
        }
    }

    private static int firstAfter(int start, int end, OptionalInt... anchors) {
        int limit = end;
        for (OptionalInt a : anchors) {
            if (a.isPresent() && a.getAsInt() > start) {
                limit = Math.min(limit, a.getAsInt());
            }
        }
        return limit;
    }
}
