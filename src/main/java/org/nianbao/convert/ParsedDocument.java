package org.nianbao.convert;

import java.util.List;
import org.nianbao.model.Warning;

/**
 * The format-neutral document every converter produces and the report extractor reads: body blocks
 * in reading order, label/value metadata from around the body, and warnings about the source itself
 * (an unreliable text layer, a missing one).
 */
public record ParsedDocument(DocumentFormat format, List<Block> blocks, List<MetaField> fields, List<Warning> warnings) {

    public ParsedDocument {
        blocks = List.copyOf(blocks);
        fields = List.copyOf(fields);
        warnings = List.copyOf(warnings);
    }

    /** True when the text layer could not be trusted or does not exist (the extractor then invents nothing). */
    public boolean hasUnreliableText() {
        return warnings.stream().anyMatch(w -> "TEXT_LAYER_UNRELIABLE".equals(w.code()) || "NO_TEXT_LAYER".equals(w.code())
                || "OCR_INCOMPLETE".equals(w.code()));
    }
}
