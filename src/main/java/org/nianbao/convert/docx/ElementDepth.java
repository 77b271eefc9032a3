package org.nianbao.convert.docx;

import org.nianbao.convert.ConversionException;
import org.nianbao.convert.FailureCode;
import org.w3c.dom.Node;

/**
 * Refuses markup nested deeper than the limit before any recursive reading starts, so a file of
 * tables inside tables (or text boxes inside text boxes) cannot exhaust the stack. Walks without
 * recursion itself.
 */
final class ElementDepth {

    private ElementDepth() {
    }

    static void check(Node root, int maxDepth) throws ConversionException {
        int depth = 0;
        Node node = root;
        while (node != null) {
            Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                if (++depth > maxDepth) {
                    throw new ConversionException(FailureCode.NESTING_TOO_DEEP, "the document's markup is nested more than "
                            + maxDepth + " levels deep (tables or text boxes inside each other); it was not read");
                }
                continue;
            }
            while (node != null && node != root && node.getNextSibling() == null) {
                node = node.getParentNode();
                depth--;
            }
            node = node == null || node == root ? null : node.getNextSibling();
        }
    }
}
