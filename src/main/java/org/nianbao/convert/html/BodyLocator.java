package org.nianbao.convert.html;

import java.util.Arrays;
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

    /** The body element, and how deeply the page nests its markup (measured on the same walk). */
    record Located(Element body, int depth) {
    }

    /**
     * One walk without any per-element map: each element's text is summed bottom-up on a stack, and every
     * element is noted with its depth and sum in post-order (three parallel arrays); once the page's total
     * is known, the deepest element whose sum reaches the threshold wins (the first such in post-order).
     */
    static Located locate(Element root) {
        TextSums sums = new TextSums();
        NodeTraversor.traverse(sums, root);
        int total = sums.total();
        Element best = root;
        if (total > 0) {
            int threshold = (int) Math.ceil(BODY_SHARE * total);
            int bestDepth = -1;
            for (int i = 0; i < sums.count; i++) {
                if (sums.sumOf[i] >= threshold && sums.depthOf[i] > bestDepth) {
                    best = sums.elements[i];
                    bestDepth = sums.depthOf[i];
                }
            }
        }
        return new Located(best, sums.deepest);
    }

    /** Post-order sums of text characters outside links, scripts and styles, and the deepest nesting seen. */
    private static final class TextSums implements NodeVisitor {
        int deepest;
        int count;
        Element[] elements = new Element[64];
        int[] depthOf = new int[64];
        int[] sumOf = new int[64];
        private int[] open = new int[64];
        private int excluded;

        /** The root's sum: all counted text of the page. */
        int total() {
            return count == 0 ? 0 : sumOf[count - 1];
        }

        @Override
        public void head(Node node, int depth) {
            deepest = Math.max(deepest, depth);
            if (node instanceof Element element) {
                if (depth + 1 >= open.length) {
                    open = Arrays.copyOf(open, Math.max(open.length * 2, depth + 2));
                }
                open[depth] = 0;
                if (isUncounted(element)) {
                    excluded++;
                }
            } else if (node instanceof TextNode text && excluded == 0 && depth > 0) {
                open[depth - 1] += visibleLength(text.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            if (isUncounted(element)) {
                excluded--;
            }
            int sum = open[depth];
            if (count == elements.length) {
                elements = Arrays.copyOf(elements, count * 2);
                depthOf = Arrays.copyOf(depthOf, count * 2);
                sumOf = Arrays.copyOf(sumOf, count * 2);
            }
            elements[count] = element;
            depthOf[count] = depth;
            sumOf[count] = sum;
            count++;
            if (depth > 0) {
                open[depth - 1] += sum;
            }
        }
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
            // Above U+3000 (ideographs, full-width forms) and printable ASCII nothing is whitespace: the
            // common characters are counted without asking Character.
            if (c > '\u3000' || (c > ' ' && c < '\u007f') || (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000')) {
                n++;
            }
        }
        return n;
    }
}
