package org.nianbao.summary.render;

/** What a grid cell holds, which decides how it is printed. */
public enum CellKind {
    /** A caption or column header: centred, bold in print. */
    HEADER,
    /** A row label: left-aligned, or centred when it groups several rows. */
    LABEL,
    /** A figure of the report, addressed by its path in the canonical JSON. */
    VALUE
}
