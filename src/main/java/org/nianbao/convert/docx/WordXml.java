package org.nianbao.convert.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespaces and small DOM reads over WordprocessingML, as XmlBeans exposes it. */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private WordXml() {
    }

    static boolean isW(Node node, String localName) {
        return node instanceof Element && W.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    static boolean isAlternateContent(Node node) {
        return node instanceof Element && MC.equals(node.getNamespaceURI()) && "AlternateContent".equals(node.getLocalName());
    }

    /** The child elements of {@code parent}, in document order. */
    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    /** The first {@code w:localName} child of {@code parent}. */
    static Optional<Element> child(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (isW(child, localName)) {
                return Optional.of((Element) child);
            }
        }
        return Optional.empty();
    }

    /** The {@code w:val} attribute of the {@code w:localName} child, if both are there. */
    static Optional<String> childVal(Element parent, String localName) {
        return child(parent, localName).map(WordXml::val).filter(v -> !v.isEmpty());
    }

    /** The {@code w:val} attribute, or "" when absent. */
    static String val(Element element) {
        return element.getAttributeNS(W, "val");
    }

    /** The concatenated character data directly inside {@code element}. */
    static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /**
     * The branches of an {@code mc:AlternateContent} in order of preference: each {@code mc:Choice},
     * then the {@code mc:Fallback}. Callers read one branch only, which keeps text that Word stores
     * twice (new drawing markup plus a VML fallback) from appearing twice.
     */
    static List<Element> branches(Element alternateContent) {
        List<Element> choices = new ArrayList<>();
        List<Element> fallbacks = new ArrayList<>();
        for (Element branch : children(alternateContent)) {
            if (MC.equals(branch.getNamespaceURI()) && "Choice".equals(branch.getLocalName())) {
                choices.add(branch);
            } else if (MC.equals(branch.getNamespaceURI()) && "Fallback".equals(branch.getLocalName())) {
                fallbacks.add(branch);
            }
        }
        choices.addAll(fallbacks);
        return choices;
    }

    /** True for the values Word writes for an on/off property that is on (absent value included). */
    static boolean isOn(Element onOff) {
        String value = val(onOff);
        return value.isEmpty() || "true".equals(value) || "1".equals(value) || "on".equals(value);
    }
}
