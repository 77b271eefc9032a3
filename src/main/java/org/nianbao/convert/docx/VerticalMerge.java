package org.nianbao.convert.docx;

/** A Word cell's part in a vertical merge: none, the top cell of the merge, or a cell below it. */
public enum VerticalMerge {
    NONE,
    RESTART,
    CONTINUE
}
