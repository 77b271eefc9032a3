package org.nianbao.convert.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.convert.Block;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentConverter;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.MarkupBudget;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;

/** Saved government web pages (and HTML mail bodies) to a {@link ParsedDocument}, with jsoup. */
public final class HtmlConverter implements DocumentConverter {

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HTML;
    }

    @Override
    public ParsedDocument convert(byte[] bytes, ParseLimits limits) throws ConversionException {
        MarkupBudget.check(bytes, limits, "the web page");
        Document page = Jsoup.parse(HtmlDecoder.decode(bytes));
        Element root = page.body() == null ? page : page.body();
        BodyLocator.Located located = BodyLocator.locate(root);
        if (located.depth() > limits.maxNestingDepth()) {
            // Refused before anything walks the tree recursively.
            throw new ConversionException(FailureCode.NESTING_TOO_DEEP, "the page nests its markup " + located.depth()
                    + " levels deep (limit " + limits.maxNestingDepth() + "); it is not a readable report");
        }
        Element body = located.body();
        List<Block> blocks = BlockCollector.collect(body);
        if (blocks.isEmpty()) {
            throw new ConversionException(FailureCode.NO_CONTENT, "the page has no text");
        }
        return new ParsedDocument(DocumentFormat.HTML, blocks, PageMetadata.collect(page, body), List.of());
    }
}
