/**
 * The format-neutral document (paragraphs and tables as grids of cell strings) that every converter
 * produces, format detection from the bytes, and the limits applied to every parse. One sub-package per
 * format knows its library and nothing of annual reports.
 */
package org.nianbao.convert;
