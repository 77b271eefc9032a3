package org.nianbao.convert;

/**
 * A label/value pair found around the body rather than in it: a web page's 索引号/发布机构/发布日期
 * grid or "发布时间：… 来源：…" line, its {@code <title>} and {@code <meta>} tags, a PDF's or Word
 * file's document properties. The label is kept as printed (whitespace removed).
 */
public record MetaField(String label, String value) {
}
