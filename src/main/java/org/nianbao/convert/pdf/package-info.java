/**
 * Reads report PDFs with PDFBox into the format-neutral {@link org.nianbao.convert.ParsedDocument}.
 *
 * <p>One content-stream pass per page ({@link org.nianbao.convert.pdf.PageStripper}) keeps every glyph
 * with its position and every straight line the page paints. Ruled tables are rebuilt from those lines
 * ({@link org.nianbao.convert.pdf.RuledTableFinder}), borderless ones from column gaps
 * ({@link org.nianbao.convert.pdf.AlignedColumnsFinder}); the remaining glyphs become lines and then
 * paragraphs ({@link org.nianbao.convert.pdf.ParagraphBuilder}). A table cut by a page break is joined
 * back into one ({@link org.nianbao.convert.pdf.TableDraft}).
 *
 * <p>Coordinates are PDF points on the page's crop box with y growing downwards, as PDFBox reports
 * glyph positions.
 */
package org.nianbao.convert.pdf;
