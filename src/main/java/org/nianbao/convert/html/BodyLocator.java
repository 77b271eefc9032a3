package org.nianbao.convert.html;

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
     * Two walks without any per-element map: the first counts the page's text (and its depth), the second
     * sums each element's text bottom-up on a stack and keeps the deepest element over the threshold.
     */
    static Located locate(Element root) {
        TextCount count = new TextCount();
        NodeTraversor.traverse(count, root);
        HeavyElement heavy = new HeavyElement(root, (int) Math.ceil(BODY_SHARE * count.total), count.deepest);
        if (count.total > 0) {
            NodeTraversor.traverse(heavy, root);
        }
        return new Located(heavy.best, count.deepest);
    }

    /** Text characters outside links, scripts and styles, and the deepest nesting seen. */
    private static final class TextCount implements NodeVisitor {
        int total;
        int deepest;
        private int excluded;

        @Override
        public void head(Node node, int depth) {
            deepest = Math.max(deepest, depth);
            if (node instanceof Element element && isUncounted(element)) {
                excluded++;
            } else if (node instanceof TextNode text && excluded == 0) {
                total += visibleLength(text.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && isUncounted(element)) {
                excluded--;
            }
        }
    }

    /** Post-order sums on a stack; the deepest element whose sum reaches the threshold wins. */
    private static final class HeavyElement implements NodeVisitor {
        private final int threshold;
        private final int[] sums;
        private int excluded;
        Element best;
        private int bestDepth = -1;

        HeavyElement(Element root, int threshold, int deepest) {
            this.threshold = threshold;
            this.sums = new int[deepest + 2];
            this.best = root;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                sums[depth] = 0;
                if (isUncounted(element)) {
                    excluded++;
                }
            } else if (node instanceof TextNode text && excluded == 0) {
                sums[depth - 1] += visibleLength(text.getWholeText());
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
            int sum = sums[depth];
            if (sum >= threshold && depth > bestDepth) {
                best = element;
                bestDepth = depth;
            }
            if (depth > 0) {
                sums[depth - 1] += sum;
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
