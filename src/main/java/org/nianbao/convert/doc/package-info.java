/**
 * Word 97–2003 (.doc) documents read with POI HWPF into the format-neutral
 * {@link org.nianbao.convert.ParsedDocument}.
 *
 * <p>HWPF gives the main story as paragraphs, some of them table cells; headers and footers are
 * separate stories and are not read. Tables become true grids with the same expansion as .docx
 * ({@link org.nianbao.convert.docx.GridExpander}); the column grid is rebuilt from the cell edges,
 * since a .doc stores widths per cell instead of a shared grid.
 */
package org.nianbao.convert.doc;
