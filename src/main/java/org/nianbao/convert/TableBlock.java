package org.nianbao.convert;

/** A table in the body; {@code ruled} is true for a real grid (HTML table, Word table, ruled PDF table). */
public record TableBlock(Table table, boolean ruled, int page) implements Block {
}
