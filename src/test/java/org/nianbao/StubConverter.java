package org.nianbao;

import java.util.List;
import org.nianbao.convert.DocumentConverter;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;

/** Reads any document of its format as an empty one, so service tests do not depend on a real converter. */
public record StubConverter(DocumentFormat format) implements DocumentConverter {

    @Override
    public ParsedDocument convert(byte[] bytes, ParseLimits limits) {
        return new ParsedDocument(format, List.of(), List.of(), List.of());
    }
}
