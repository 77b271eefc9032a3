package org.nianbao.convert.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.convert.Block;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentConverter;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.ocr.OcrService;
import org.nianbao.convert.ocr.OcrSettings;
import org.nianbao.model.Warning;

/**
 * Converts a report PDF into paragraphs and tables in reading order. Each page is read once for its
 * glyphs and lines; tables come from the ruling lines (or from column gaps where none are drawn),
 * the rest of the text becomes paragraphs, page numbers are dropped and tables cut by a page break are
 * joined. Pages whose text cannot be trusted, and scans without any text, are reported as warnings.
 */
public final class PdfConverter implements DocumentConverter {

    /** OCR stops this share of the wall-time limit before it, so the rest of the document is still read. */
    private static final double OCR_TIME_SHARE = 0.75;

    private final OcrService ocr;

    /** A converter that OCRs image pages with the default settings. */
    public PdfConverter() {
        this(new OcrService(OcrSettings.DEFAULTS));
    }

    /** A converter that OCRs image pages through {@code ocr} (whose settings may switch OCR off). */
    public PdfConverter(OcrService ocr) {
        this.ocr = ocr;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public ParsedDocument convert(byte[] bytes, ParseLimits limits) throws ConversionException {
        long deadline = System.nanoTime() + limits.maxWallTime().toNanos();
        limits.checkSize(bytes);
        try (PDDocument document = PdfOpener.open(bytes)) {
            int pageCount = checkedPageCount(document, limits);
            List<PageText> pages = new ArrayList<>(pageCount);
            List<Warning> warnings = new ArrayList<>();
            boolean anyText = false;
            boolean anyImage = false;
            PageStripper stripper = new PageStripper();
            long characters = 0;
            OcrRun run = new OcrRun(ocr, document, deadline(limits));
            for (int number = 1; number <= pageCount; number++) {
                checkDeadline(deadline + run.waited(), number, pageCount, limits);
                PageContent content = read(stripper, document, number, limits.maxPdfCharacters() - characters, limits);
                characters += content.glyphs().size();
                if (needsOcr(content)) {
                    content = run.read(content, warnings, pageWarnings(content));
                } else {
                    warnings.addAll(pageWarnings(content));
                }
                anyText |= content.hasText();
                anyImage |= content.hasImages();
                RuledTableFinder.Split split = RuledTableFinder.split(content);
                pages.add(new PageText(number, content.height(), LineBuilder.lines(split.outside()), split.tables()));
            }
            run.finish(warnings);
            if (!anyText) {
                return scanWithoutText(pageCount, anyImage, document, warnings);
            }
            return new ParsedDocument(DocumentFormat.PDF, run.mark(blocks(pages)), DocumentProperties.of(document), warnings);
        } catch (IOException e) {
            throw new ConversionException(FailureCode.CORRUPT_PDF,
                    "the PDF is damaged and cannot be read (" + e.getMessage() + "); please send the file again", e);
        }
    }

    private long deadline(ParseLimits limits) {
        return System.nanoTime() + (long) (limits.maxWallTime().toNanos() * OCR_TIME_SHARE);
    }

    /** A page shows images and has no text, or a text layer that cannot be trusted. */
    private boolean needsOcr(PageContent content) {
        if (!ocr.settings().enabled()) {
            return false;
        }
        return content.hasText() ? !content.quality().trustworthy() : content.hasImages();
    }

    private static List<Block> blocks(List<PageText> pages) {
        PageFurniture furniture = PageFurniture.learn(pages);
        List<PageText> body = new ArrayList<>(pages.size());
        List<TextLine> allLines = new ArrayList<>();
        AlignedColumnsFinder aligned = new AlignedColumnsFinder();
        for (PageText page : pages) {
            PageText stripped = furniture.strip(page);
            AlignedColumnsFinder.Found found = aligned.findOn(stripped.lines(), page.number());
            body.add(stripped.withTables(found.lines(), found.tables()));
            allLines.addAll(found.lines());
        }
        return DocumentAssembler.assemble(body, TextColumn.of(allLines));
    }

    private static int checkedPageCount(PDDocument document, ParseLimits limits) throws ConversionException {
        int pageCount = document.getNumberOfPages();
        if (pageCount == 0) {
            throw new ConversionException(FailureCode.NO_PAGES, "the PDF has no pages");
        }
        if (pageCount > limits.maxPages()) {
            throw new ConversionException(FailureCode.TOO_MANY_PAGES, String.format(Locale.ROOT,
                    "the PDF has %d pages, more than the limit of %d", pageCount, limits.maxPages()));
        }
        return pageCount;
    }

    private static void checkDeadline(long deadline, int number, int pageCount, ParseLimits limits)
            throws ConversionException {
        if (System.nanoTime() > deadline) {
            throw new ConversionException(FailureCode.TIMEOUT, String.format(Locale.ROOT,
                    "reading the PDF took longer than the limit of %d s (stopped before page %d of %d)",
                    limits.maxWallTime().toSeconds(), number, pageCount));
        }
    }

    /**
     * Every character read is kept with its position until the document is assembled: their number,
     * {@code maxCharacters} in all, bounds the heap a PDF needs.
     */
    private static PageContent read(PageStripper stripper, PDDocument document, int number, long budget, ParseLimits limits)
            throws ConversionException {
        try {
            return stripper.read(document, number, budget);
        } catch (PageStripper.TooManyGlyphs e) {
            throw new ConversionException(FailureCode.TOO_LARGE, String.format(Locale.ROOT,
                    "the PDF holds more than %d characters of text (passed on page %d), the limit a document may hold",
                    limits.maxPdfCharacters(), number), e);
        } catch (IOException e) {
            throw new ConversionException(FailureCode.CORRUPT_PDF,
                    "page " + number + " of the PDF is damaged and cannot be read (" + e.getMessage() + ")", e);
        }
    }


    private static List<Warning> pageWarnings(PageContent content) {
        String location = "page " + content.number();
        if (!content.hasText()) {
            return content.hasImages()
                    ? List.of(new Warning("PAGE_WITHOUT_TEXT", location + " is an image without text (a scanned page?); "
                            + "its content cannot be read without OCR", location))
                    : List.of();
        }
        TextLayerQuality quality = content.quality();
        if (quality.trustworthy()) {
            return List.of();
        }
        return List.of(new Warning("TEXT_LAYER_UNRELIABLE",
                "the text of " + location + " cannot be trusted: " + quality.problem(), location));
    }

    private static ParsedDocument scanWithoutText(int pageCount, boolean anyImage, PDDocument document,
                                                  List<Warning> pageWarnings) throws ConversionException {
        if (!anyImage) {
            throw new ConversionException(FailureCode.NO_CONTENT, String.format(Locale.ROOT,
                    "the PDF has %d page(s) but they are blank: no text and no images", pageCount));
        }
        Warning warning = new Warning("NO_TEXT_LAYER", String.format(Locale.ROOT,
                "the PDF has no text layer: its %d page(s) are images (a scan), so the text must be recognised (OCR) first",
                pageCount), null);
        List<Warning> warnings = new ArrayList<>(pageWarnings.stream()
                .filter(w -> w.code().startsWith("OCR_") || w.code().equals("PAGE_OCR")).toList());
        warnings.add(0, warning);
        return new ParsedDocument(DocumentFormat.PDF, List.of(), DocumentProperties.of(document), warnings);
    }
}
