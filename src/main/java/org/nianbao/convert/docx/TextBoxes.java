package org.nianbao.convert.docx;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Finds the text-box contents ({@code w:txbxContent}) inside a drawing, a VML picture or an
 * {@code mc:AlternateContent}. Report titles are often set in a text box, so its text is body text.
 */
final class TextBoxes {

    private TextBoxes() {
    }

    /** Adds every text-box content under {@code element} to {@code found}, outermost boxes only. */
    static void collect(Element element, List<Element> found) {
        if (WordXml.isAlternateContent(element)) {
            // Word stores the same box in the new drawing markup and in a VML fallback: take one.
            for (Element branch : WordXml.branches(element)) {
                int before = found.size();
                collect(branch, found);
                if (found.size() > before) {
                    return;
                }
            }
            return;
        }
        for (Element child : WordXml.children(element)) {
            if (WordXml.isW(child, "txbxContent")) {
                found.add(child);
            } else {
                collect(child, found);
            }
        }
    }
}
