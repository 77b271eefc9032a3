package org.nianbao.model;

import java.util.Map;

/**
 * The three statistical tables; a table the document does not carry is null, never zeros.
 * {@code origins} names where each present table came from: grid, text, prose or ocr.
 */
public record Tables(
        ProactiveTable proactive,
        RequestsTable requests,
        ReviewLitigation reviewLitigation,
        Map<String, String> origins) {
}
