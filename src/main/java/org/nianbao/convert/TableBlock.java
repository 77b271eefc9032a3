package org.nianbao.convert;

/**
 * A table in the body; {@code ruled} is true for a real grid (HTML table, Word table, ruled PDF table),
 * {@code ocr} when its cells were recognised in a page image.
 */
public record TableBlock(Table table, boolean ruled, int page, boolean ocr) implements Block {

    public TableBlock(Table table, boolean ruled, int page) {
        this(table, ruled, page, false);
    }
}
