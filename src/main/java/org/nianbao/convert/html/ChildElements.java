package org.nianbao.convert.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * An element's child elements, read straight from its child nodes. jsoup's {@code Element.children()}
 * caches the list in the element's attributes, which costs more than it saves on a single pass.
 */
final class ChildElements {

    private ChildElements() {
    }

    static List<Element> of(Element parent) {
        List<Element> out = new ArrayList<>(parent.childNodeSize());
        for (Node child : parent.childNodes()) {
            if (child instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The child elements with one of these tag names. */
    static List<Element> named(Element parent, String... tags) {
        List<Element> out = new ArrayList<>();
        for (Node child : parent.childNodes()) {
            if (child instanceof Element e) {
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
}
