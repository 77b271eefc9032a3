package org.nianbao.convert.docx;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.nianbao.convert.Paragraph.Alignment;
import org.w3c.dom.Element;

/**
 * The layout hints the extractor needs (heading level, alignment, bold), resolved the way Word does:
 * direct formatting first, then the style, then the styles it is based on, then the document defaults.
 * Report templates put these in styles more often than in the paragraphs themselves.
 */
final class WordStyles {

    /** Enough for any real chain; stops a style that is (indirectly) based on itself. */
    private static final int MAX_CHAIN = 32;

    private record StyleDef(String name, String basedOn, Alignment alignment, Integer outlineLevel, Boolean bold) {
    }

    private final Map<String, StyleDef> styles = new HashMap<>();
    private final Boolean defaultBold;
    /** The style of paragraphs that name none (Word's "Normal"). */
    private String defaultParagraphStyle = "";

    private WordStyles(Boolean defaultBold) {
        this.defaultBold = defaultBold;
    }

    /** The styles of a document; a document without a styles part gets Word's built-in defaults. */
    static WordStyles of(XWPFStyles xwpfStyles) {
        if (xwpfStyles == null || xwpfStyles.getCtStyles() == null) {
            return new WordStyles(null);
        }
        Element root = (Element) xwpfStyles.getCtStyles().getDomNode();
        Boolean defaultBold = WordXml.child(root, "docDefaults").flatMap(d -> WordXml.child(d, "rPrDefault"))
                .flatMap(d -> WordXml.child(d, "rPr")).flatMap(WordStyles::bold).orElse(null);
        WordStyles result = new WordStyles(defaultBold);
        for (Element style : WordXml.children(root)) {
            if (WordXml.isW(style, "style")) {
                String id = style.getAttributeNS(WordXml.W, "styleId");
                result.styles.put(id, parse(style));
                if (isDefaultParagraphStyle(style)) {
                    result.defaultParagraphStyle = id;
                }
            }
        }
        return result;
    }

    /** 1–9 for a heading (by style name or outline level), 0 for body text. */
    int headingLevel(String styleId, Optional<Element> pPr) {
        StyleDef own = styles.get(effective(styleId));
        int byName = own == null ? 0 : HeadingStyleName.level(own.name());
        if (byName > 0) {
            return byName;
        }
        Optional<Integer> direct = pPr.flatMap(p -> WordXml.childVal(p, "outlineLvl")).flatMap(WordStyles::parseInt);
        int outline = direct.or(() -> chain(effective(styleId), StyleDef::outlineLevel)).orElse(9);
        return HeadingStyleName.fromOutlineLevel(outline);
    }

    Alignment alignment(String styleId, Optional<Element> pPr) {
        Optional<Alignment> direct = pPr.flatMap(p -> WordXml.childVal(p, "jc")).map(WordStyles::alignmentOf);
        return direct.or(() -> chain(effective(styleId), StyleDef::alignment)).orElse(Alignment.LEFT);
    }

    /** Whether a run is bold: its own {@code w:b}, its character style, the paragraph style, the defaults. */
    boolean bold(String paragraphStyleId, Optional<Element> rPr) {
        Optional<Boolean> direct = rPr.flatMap(WordStyles::bold);
        if (direct.isPresent()) {
            return direct.get();
        }
        Optional<String> runStyle = rPr.flatMap(r -> WordXml.childVal(r, "rStyle"));
        return runStyle.flatMap(id -> chain(id, StyleDef::bold))
                .or(() -> chain(effective(paragraphStyleId), StyleDef::bold))
                .or(() -> Optional.ofNullable(defaultBold))
                .orElse(false);
    }

    /** The first value {@code property} gives along the chain from {@code styleId} through its bases. */
    private <T> Optional<T> chain(String styleId, Function<StyleDef, T> property) {
        String id = styleId;
        for (int depth = 0; id != null && !id.isEmpty() && depth < MAX_CHAIN; depth++) {
            StyleDef def = styles.get(id);
            if (def == null) {
                return Optional.empty();
            }
            T value = property.apply(def);
            if (value != null) {
                return Optional.of(value);
            }
            id = def.basedOn();
        }
        return Optional.empty();
    }

    private static boolean isDefaultParagraphStyle(Element style) {
        String isDefault = style.getAttributeNS(WordXml.W, "default");
        return "paragraph".equals(style.getAttributeNS(WordXml.W, "type"))
                && ("1".equals(isDefault) || "true".equals(isDefault) || "on".equals(isDefault));
    }

    private String effective(String paragraphStyleId) {
        return paragraphStyleId == null || paragraphStyleId.isEmpty() ? defaultParagraphStyle : paragraphStyleId;
    }

    private static StyleDef parse(Element style) {
        String name = WordXml.childVal(style, "name").orElse("");
        String basedOn = WordXml.childVal(style, "basedOn").orElse(null);
        Optional<Element> pPr = WordXml.child(style, "pPr");
        Alignment alignment = pPr.flatMap(p -> WordXml.childVal(p, "jc")).map(WordStyles::alignmentOf).orElse(null);
        Integer outline = pPr.flatMap(p -> WordXml.childVal(p, "outlineLvl")).flatMap(WordStyles::parseInt).orElse(null);
        Boolean bold = WordXml.child(style, "rPr").flatMap(WordStyles::bold).orElse(null);
        return new StyleDef(name, basedOn, alignment, outline, bold);
    }

    private static Optional<Boolean> bold(Element rPr) {
        return WordXml.child(rPr, "b").map(WordXml::isOn);
    }

    private static Alignment alignmentOf(String jc) {
        return switch (jc) {
            case "center" -> Alignment.CENTER;
            case "right", "end" -> Alignment.RIGHT;
            default -> Alignment.LEFT;
        };
    }

    private static Optional<Integer> parseInt(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            // A malformed outline level is treated as none: it only ever marks a heading.
            return Optional.empty();
        }
    }
}
