package org.nianbao.convert.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.nianbao.convert.Block;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentConverter;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FailureCode;
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
        Document page = Jsoup.parse(HtmlDecoder.decode(bytes));
        checkDepth(page, limits.maxNestingDepth());
        Element root = page.body() == null ? page : page.body();
        Element body = BodyLocator.locate(root);
        List<Block> blocks = BlockCollector.collect(body);
        if (blocks.isEmpty()) {
            throw new ConversionException(FailureCode.NO_CONTENT, "the page has no text");
        }
        return new ParsedDocument(DocumentFormat.HTML, blocks, PageMetadata.collect(page, body), List.of());
    }

    /** Refuses pathologically nested markup before anything walks it recursively. */
    private static void checkDepth(Document page, int maxDepth) throws ConversionException {
        int[] deepest = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                deepest[0] = Math.max(deepest[0], depth);
            }
        }, page);
        if (deepest[0] > maxDepth) {
            throw new ConversionException(FailureCode.NESTING_TOO_DEEP,
                    "the page nests its markup " + deepest[0] + " levels deep (limit " + maxDepth + "); it is not a readable report");
        }
    }
}
