package org.nianbao.model;

/** A table cell that held no number: its JSON path and its printed text (whitespace removed). */
public record BlankCell(String path, String raw) {
}
