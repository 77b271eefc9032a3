/**
 * Reads an annual report out of a format-neutral document: the three tables by their printed labels
 * (never by counting numbers), sections by their headings, metadata from the page or the text, figures
 * quoted in prose, and the consistency checks R1–R6. Knows nothing of PDFBox, POI or jsoup.
 */
package org.nianbao.extract;
