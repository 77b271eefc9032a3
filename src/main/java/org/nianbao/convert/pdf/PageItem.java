package org.nianbao.convert.pdf;

/** Something placed on a page in reading order: a line of text or a table (part). */
sealed interface PageItem permits TextLine, TableFragment {

    /** Top edge in points from the top of the page. */
    float top();
}
