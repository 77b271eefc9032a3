package org.nianbao.index;

/** What indexing one report did. */
public enum IndexResult {
    /** The report was new to the index. */
    ADDED,
    /** The index already held this id; nothing changed. */
    ALREADY_INDEXED
}
