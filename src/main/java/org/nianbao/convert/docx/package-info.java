/**
 * Word 2007+ (.docx) documents read with POI XWPF into the format-neutral {@link org.nianbao.convert.ParsedDocument}.
 *
 * <p>The body is walked as XML rather than through XWPF's paragraph and table objects, because those
 * drop text boxes saved inside {@code mc:AlternateContent} (as Word saves them; report titles often
 * sit there), glue older VML text boxes into the anchoring paragraph, and do not expand merged cells.
 * XWPF still opens the package, which keeps POI's limits on zip inflation and DOCTYPE declarations
 * in force.
 *
 * <p>Word 97–2003 files store tables and fields the same way in spirit (cells on a column grid, merged
 * vertically by flags; fields as instruction plus result), so {@link org.nianbao.convert.doc} reuses
 * {@link org.nianbao.convert.docx.GridExpander}, {@link org.nianbao.convert.docx.FieldTracker},
 * {@link org.nianbao.convert.docx.HeadingStyleName}, {@link org.nianbao.convert.docx.BlankText} and
 * {@link org.nianbao.convert.docx.Deadline} from here.
 */
package org.nianbao.convert.docx;
