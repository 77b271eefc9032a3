package org.nianbao.convert;

/** A piece of a document's body, in reading order: a paragraph (heading or body text) or a table. */
public sealed interface Block permits Paragraph, TableBlock {

    /** 1-based page the block starts on, or 0 where the format has no pages. */
    int page();
}
