/**
 * Plain text and Markdown: decoding (UTF-8 or GB18030, byte-order marks), Markdown pipe tables joined
 * across page breaks, and the rows of a crawler's flattened tables, whose cells may be run together into
 * one string of digits and are then split by the arithmetic the 2019/2021 templates fix.
 */
package org.nianbao.convert.text;
