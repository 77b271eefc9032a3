package org.nianbao.convert.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads the text of one {@code w:p} as Word shows it: runs inside hyperlinks, content controls and
 * insertions count, deleted runs and field instructions do not, breaks become {@code \n}. Text boxes
 * anchored in the paragraph are handed back for the caller to read as blocks of their own.
 */
final class ParagraphReader {

    /** What a paragraph holds: its text, whether every non-blank run is bold, its text boxes. */
    record Content(String text, boolean bold, List<Element> textBoxes) {
    }

    private final WordStyles styles;
    private final FieldTracker fields;

    ParagraphReader(WordStyles styles, FieldTracker fields) {
        this.styles = styles;
        this.fields = fields;
    }

    Content read(Element paragraph, String styleId) {
        Collector collector = new Collector(styleId);
        collector.inline(paragraph);
        fields.paragraphEnd();
        return new Content(collector.text.toString(), collector.sawText && collector.allBold, collector.boxes);
    }

    /** The state of reading one paragraph. */
    private final class Collector {
        private final String styleId;
        private final StringBuilder text = new StringBuilder();
        private final List<Element> boxes = new ArrayList<>();
        private boolean allBold = true;
        private boolean sawText;

        private Collector(String styleId) {
            this.styleId = styleId;
        }

        /** Paragraph content: runs, and the containers Word wraps runs in. */
        private void inline(Element container) {
            for (Element child : WordXml.children(container)) {
                if (WordXml.isAlternateContent(child)) {
                    WordXml.branches(child).stream().findFirst().ifPresent(this::inline);
                } else if (WordXml.W.equals(child.getNamespaceURI())) {
                    inlineW(child);
                }
            }
        }

        private void inlineW(Element child) {
            switch (child.getLocalName()) {
                case "r" -> run(child);
                case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "dir", "bdo", "sdtContent" -> inline(child);
                case "sdt" -> WordXml.child(child, "sdtContent").ifPresent(this::inline);
                case "fldSimple" -> {
                    fields.beginSimple(child.getAttributeNS(WordXml.W, "instr"));
                    inline(child);
                    fields.end();
                }
                default -> {
                    // pPr, del, moveFrom, bookmarks, proofing marks: no visible text.
                }
            }
        }

        private void run(Element run) {
            StringBuilder runText = new StringBuilder();
            for (Element child : WordXml.children(run)) {
                if (WordXml.isAlternateContent(child)) {
                    TextBoxes.collect(child, boxes);
                } else if (WordXml.W.equals(child.getNamespaceURI())) {
                    runChild(child, runText);
                }
            }
            if (!BlankText.isBlank(runText)) {
                sawText = true;
                allBold &= styles.bold(styleId, WordXml.child(run, "rPr"));
            }
            text.append(runText);
        }

        private void runChild(Element child, StringBuilder runText) {
            switch (child.getLocalName()) {
                case "t" -> appendVisible(runText, WordXml.text(child));
                case "tab", "ptab" -> appendVisible(runText, "\t");
                case "br", "cr" -> appendVisible(runText, "\n");
                case "noBreakHyphen" -> appendVisible(runText, "-");
                case "instrText" -> fields.instruction(WordXml.text(child));
                case "fldChar" -> fieldChar(child.getAttributeNS(WordXml.W, "fldCharType"));
                case "drawing", "pict", "object" -> TextBoxes.collect(child, boxes);
                default -> {
                    // rPr, softHyphen, delText, footnote references and the like print no body text.
                }
            }
        }

        private void appendVisible(StringBuilder runText, String value) {
            if (fields.visible()) {
                runText.append(value);
            }
        }

        private void fieldChar(String type) {
            switch (type) {
                case "begin" -> fields.begin();
                case "separate" -> fields.separate();
                case "end" -> fields.end();
                default -> {
                    // An unknown field character type changes nothing.
                }
            }
        }
    }
}
