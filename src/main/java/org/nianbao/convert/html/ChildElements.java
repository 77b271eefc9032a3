package org.nianbao.convert.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An element's child elements, read straight from its child nodes. jsoup's {@code Element.children()}
 * caches the list in the element's attributes, which costs more than it saves on a single pass, and
 * {@code childNodes()} copies the list at each call: children are read by index.
 */
final class ChildElements {

    private ChildElements() {
    }

    static List<Element> of(Element parent) {
        int size = parent.childNodeSize();
        List<Element> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (parent.childNode(i) instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The child elements with one of these tag names. */
    static List<Element> named(Element parent, String... tags) {
        List<Element> out = new ArrayList<>();
        for (int i = 0, size = parent.childNodeSize(); i < size; i++) {
            if (parent.childNode(i) instanceof Element e) {
                for (String tag : tags) {
                    if (e.normalName().equals(tag)) {
                        out.add(e);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Whether any element below {@code parent} (not {@code parent} itself) is a {@code <table>}. */
    static boolean hasTableBelow(Element parent) {
        for (int i = 0, size = parent.childNodeSize(); i < size; i++) {
            if (parent.childNode(i) instanceof Element e && (e.normalName().equals("table") || hasTableBelow(e))) {
                return true;
            }
        }
        return false;
    }
}
