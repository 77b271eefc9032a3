package org.nianbao.convert;

/**
 * One paragraph of text. {@code headingLevel} is 1–9 when the source marks it as a heading (HTML
 * h1–h6, a Word heading style), 0 otherwise; {@code bold} and {@code alignment} carry the layout hints
 * the extractor uses for headings without a style and for signature lines.
 */
public record Paragraph(String text, int headingLevel, boolean bold, Alignment alignment, int page) implements Block {

    public enum Alignment { LEFT, CENTER, RIGHT }

    public static Paragraph plain(String text) {
        return new Paragraph(text, 0, false, Alignment.LEFT, 0);
    }
}
