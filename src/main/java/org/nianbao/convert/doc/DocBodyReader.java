package org.nianbao.convert.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.nianbao.convert.Block;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.Paragraph.Alignment;
import org.nianbao.convert.docx.BlankText;
import org.nianbao.convert.docx.Deadline;
import org.nianbao.convert.docx.HeadingStyleName;

/**
 * Walks the main story of a .doc in order. A paragraph that belongs to a table is read only as part
 * of that table; every other non-blank paragraph becomes a {@link Paragraph} with its heading level
 * (style name, else outline level), alignment, and whether all its visible runs are bold.
 */
final class DocBodyReader {

    private static final int JUSTIFY_CENTER = 1;
    private static final int JUSTIFY_RIGHT = 2;

    private final StyleSheet styles;
    private final Deadline deadline;
    private final DocText text = new DocText();
    private final DocTableReader tables;

    DocBodyReader(HWPFDocument document, Deadline deadline) {
        this.styles = document.getStyleSheet();
        this.deadline = deadline;
        this.tables = new DocTableReader(text, deadline);
    }

    List<Block> read(Range story) throws ConversionException {
        List<Block> blocks = new ArrayList<>();
        int count = story.numParagraphs();
        for (int i = 0; i < count; i++) {
            deadline.check();
            org.apache.poi.hwpf.usermodel.Paragraph paragraph = story.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = story.getTable(paragraph);
                blocks.add(tables.read(table));
                // Skip the table's own paragraphs; a damaged count must still move forward.
                i += Math.max(1, table.numParagraphs()) - 1;
            } else {
                paragraph(paragraph).ifPresent(blocks::add);
            }
        }
        return blocks;
    }

    private Optional<Paragraph> paragraph(org.apache.poi.hwpf.usermodel.Paragraph source) {
        StringBuilder visible = new StringBuilder();
        boolean sawText = false;
        boolean allBold = true;
        for (int r = 0; r < source.numCharacterRuns(); r++) {
            CharacterRun run = source.getCharacterRun(r);
            String runText = text.visible(run.text());
            if (!BlankText.isBlank(runText)) {
                sawText = true;
                allBold &= run.isBold();
            }
            visible.append(runText);
        }
        if (BlankText.isBlank(visible)) {
            return Optional.empty();
        }
        return Optional.of(new Paragraph(visible.toString(), headingLevel(source), sawText && allBold,
                alignment(source.getJustification()), 0));
    }

    private int headingLevel(org.apache.poi.hwpf.usermodel.Paragraph source) {
        StyleDescription style = styles == null ? null : styles.getStyleDescription(source.getStyleIndex());
        int byName = style == null || style.getName() == null ? 0 : HeadingStyleName.level(style.getName());
        return byName > 0 ? byName : HeadingStyleName.fromOutlineLevel(source.getLvl());
    }

    private static Alignment alignment(int justification) {
        return switch (justification) {
            case JUSTIFY_CENTER -> Alignment.CENTER;
            case JUSTIFY_RIGHT -> Alignment.RIGHT;
            default -> Alignment.LEFT;
        };
    }
}
