package org.nianbao.convert.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.convert.Block;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.Paragraph;
import org.w3c.dom.Element;

/**
 * Walks block content (the body, a table cell, a text box) in document order and turns it into
 * paragraphs and tables. Blank paragraphs are left out: they only space the page.
 */
final class BodyReader {

    private final WordStyles styles;
    private final ListNumbering numbering;
    private final Deadline deadline;
    private final ParagraphReader paragraphs;
    private final TableReader tables;

    BodyReader(WordStyles styles, ListNumbering numbering, Deadline deadline) {
        this.styles = styles;
        this.numbering = numbering;
        this.deadline = deadline;
        // One tracker for the whole document: a field may begin in one paragraph and end in another.
        this.paragraphs = new ParagraphReader(styles, new FieldTracker());
        this.tables = new TableReader(this::read, deadline);
    }

    /** The blocks of {@code container}, text boxes in place and nested tables after their table. */
    List<Block> read(Element container) throws ConversionException {
        List<Block> out = new ArrayList<>();
        blocks(container, out);
        return out;
    }

    private void blocks(Element container, List<Block> out) throws ConversionException {
        for (Element child : WordXml.children(container)) {
            deadline.check();
            if (WordXml.isAlternateContent(child)) {
                Optional<Element> branch = WordXml.branches(child).stream().findFirst();
                if (branch.isPresent()) {
                    blocks(branch.get(), out);
                }
            } else if (WordXml.W.equals(child.getNamespaceURI())) {
                block(child, out);
            }
        }
    }

    private void block(Element child, List<Block> out) throws ConversionException {
        switch (child.getLocalName()) {
            case "p" -> paragraph(child, out);
            case "tbl" -> out.addAll(tables.read(child));
            case "sdt", "customXml", "ins", "moveTo", "sdtContent" -> blocks(child, out);
            default -> {
                // sectPr, bookmarks, sdtPr, deleted content: nothing to read.
            }
        }
    }

    private void paragraph(Element p, List<Block> out) throws ConversionException {
        Optional<Element> pPr = WordXml.child(p, "pPr");
        String styleId = pPr.flatMap(props -> WordXml.childVal(props, "pStyle")).orElse("");
        ParagraphReader.Content content = paragraphs.read(p, styleId);
        for (Element box : content.textBoxes()) {
            blocks(box, out);
        }
        // Counted even for an empty paragraph, as Word counts it.
        String label = numbering.label(pPr, styleId);
        if (!BlankText.isBlank(content.text())) {
            String text = label + content.text();
            out.add(new Paragraph(text, styles.headingLevel(styleId, pPr), content.bold(),
                    styles.alignment(styleId, pPr), 0));
        }
    }
}
