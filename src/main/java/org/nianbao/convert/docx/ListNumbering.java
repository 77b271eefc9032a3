package org.nianbao.convert.docx;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * Word's automatic list numbers, rendered as Word shows them: reports often number their headings
 * (一、总体情况) and table labels ((一)予以公开, 1.属于国家秘密) with a list instead of typing the numbers, and
 * without them the headings would not be found. Counters run per list ({@code w:num}) and level; a level
 * restarts when a shallower level of the same list advances.
 */
final class ListNumbering {

    private static final int LEVELS = 9;

    /** A paragraph's list: the {@code w:num} id and the level. */
    private record Ref(String numId, int level) {
    }

    private final Map<String, Element> abstractByNum = new HashMap<>();
    private final Map<String, Ref> byStyle = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();

    private ListNumbering() {
    }

    static ListNumbering of(XWPFNumbering numbering, XWPFStyles styles) {
        ListNumbering result = new ListNumbering();
        if (numbering != null) {
            for (XWPFNum num : numbering.getNums()) {
                Element n = (Element) num.getCTNum().getDomNode();
                String numId = n.getAttributeNS(WordXml.W, "numId");
                WordXml.childVal(n, "abstractNumId").map(id -> numbering.getAbstractNum(new java.math.BigInteger(id)))
                        .map(XWPFAbstractNum::getCTAbstractNum)
                        .ifPresent(abs -> result.abstractByNum.put(numId, (Element) abs.getDomNode()));
            }
        }
        if (styles != null && styles.getCtStyles() != null) {
            for (Element style : WordXml.children((Element) styles.getCtStyles().getDomNode())) {
                if (WordXml.isW(style, "style")) {
                    WordXml.child(style, "pPr").flatMap(ListNumbering::ref)
                            .ifPresent(r -> result.byStyle.put(style.getAttributeNS(WordXml.W, "styleId"), r));
                }
            }
        }
        return result;
    }

    /** The number Word prints before this paragraph ("一、", "(二)", "3."), or "" when it has none. */
    String label(Optional<Element> pPr, String styleId) {
        Optional<Ref> ref = pPr.flatMap(ListNumbering::ref).or(() -> Optional.ofNullable(byStyle.get(styleId)));
        if (ref.isEmpty() || ref.get().numId().equals("0") || !abstractByNum.containsKey(ref.get().numId())) {
            return "";
        }
        Element abstractNum = abstractByNum.get(ref.get().numId());
        int level = Math.min(ref.get().level(), LEVELS - 1);
        int[] count = counters.computeIfAbsent(ref.get().numId(), k -> new int[LEVELS]);
        count[level] = count[level] == 0 ? start(abstractNum, level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        return render(abstractNum, level, count);
    }

    private static String render(Element abstractNum, int level, int[] count) {
        Optional<Element> lvl = level(abstractNum, level);
        String text = lvl.flatMap(l -> WordXml.childVal(l, "lvlText")).orElse("");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int referenced = Math.min(text.charAt(++i) - '1', LEVELS - 1);
                String format = level(abstractNum, referenced).flatMap(l -> WordXml.childVal(l, "numFmt")).orElse("decimal");
                out.append(ListNumberFormat.format(format, Math.max(count[Math.max(referenced, 0)], 1)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int start(Element abstractNum, int level) {
        return level(abstractNum, level).flatMap(l -> WordXml.childVal(l, "start")).map(ListNumbering::number).orElse(1);
    }

    private static Optional<Element> level(Element abstractNum, int level) {
        for (Element lvl : WordXml.children(abstractNum)) {
            if (WordXml.isW(lvl, "lvl") && lvl.getAttributeNS(WordXml.W, "ilvl").equals(String.valueOf(level))) {
                return Optional.of(lvl);
            }
        }
        return Optional.empty();
    }

    private static Optional<Ref> ref(Element pPr) {
        return WordXml.child(pPr, "numPr").flatMap(numPr -> WordXml.childVal(numPr, "numId")
                .map(id -> new Ref(id, WordXml.childVal(numPr, "ilvl").map(ListNumbering::number).orElse(0))));
    }

    private static int number(String value) {
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            // A malformed attribute in the package: Word falls back to the default, and so do we.
            return 0;
        }
    }
}
