package org.nianbao.convert.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds the report among the site chrome (navigation, breadcrumbs, metadata
 * grid, 关闭窗口/打印 footers, share widgets): the deepest element that still carries most of the page's
 * non-link text. Chrome is short or made of links; the report is long prose and tables.
 */
final class BodyLocator {

    /** Share of the page's text an element must hold to count as the body. */
    private static final double BODY_SHARE = 0.7;

    private BodyLocator() {
    }

    static Element locate(Element root) {
        Map<Element, Integer> mass = textMass(root);
        int total = mass.getOrDefault(root, 0);
        Element current = root;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Element child : current.children()) {
                if (mass.getOrDefault(child, 0) >= BODY_SHARE * total && total > 0) {
                    current = child;
                    descended = true;
                    break;
                }
            }
        }
        return current;
    }

    /** Non-whitespace characters of text below each element, not counting link text, scripts or styles. */
    private static Map<Element, Integer> textMass(Element root) {
        Map<Element, Integer> mass = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            /** How many uncounted elements (links, scripts, styles) enclose the current node. */
            private int excluded;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && isUncounted(element)) {
                    excluded++;
                } else if (node instanceof TextNode text && excluded == 0 && text.parentNode() instanceof Element parent) {
                    mass.merge(parent, visibleLength(text.getWholeText()), Integer::sum);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (isUncounted(element)) {
                        excluded--;
                    }
                    if (element != root && element.parent() != null) {
                        mass.merge(element.parent(), mass.getOrDefault(element, 0), Integer::sum);
                    }
                }
            }
        }, root);
        return mass;
    }

    private static boolean isUncounted(Element e) {
        return switch (e.normalName()) {
            case "a", "script", "style", "noscript", "head", "title" -> true;
            default -> false;
        };
    }

    private static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
                n++;
            }
        }
        return n;
    }
}
