package org.nianbao.convert.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.convert.Block;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.TableBlock;
import org.nianbao.convert.ocr.OcrException;
import org.nianbao.convert.ocr.OcrService;
import org.nianbao.model.Warning;

/**
 * The OCR of one document: reads the pages that need it while the page cap and the time allow, names
 * every page it read, and says which pages it left unread and why (a page cap, the time limit, an
 * engine that cannot start), which leaves the report partial.
 */
final class OcrRun {

    private final OcrService service;
    private final OcrPageReader reader;
    private final long deadline;
    private final Set<Integer> read = new HashSet<>();
    private final List<Integer> overCap = new ArrayList<>();
    private final List<Integer> outOfTime = new ArrayList<>();
    private final List<Integer> failed = new ArrayList<>();
    private String failure;
    private long slowestPage;
    /** Time spent waiting for an OCR worker, which the document's time limit does not count. */
    private long waited;

    OcrRun(OcrService service, PDDocument document, long deadline) {
        this.service = service;
        this.reader = new OcrPageReader(service, document);
        this.deadline = deadline;
    }

    /** The page's content read by OCR, or {@code original} (with its own warnings) when OCR is not possible. */
    PageContent read(PageContent original, List<Warning> warnings, List<Warning> originalWarnings)
            throws ConversionException {
        int number = original.number();
        if (read.size() >= service.settings().maxPages()) {
            overCap.add(number);
            return original;
        }
        if (failure != null) {
            failed.add(number);
            warnings.addAll(originalWarnings);
            return original;
        }
        long start = System.nanoTime();
        // A page is started only when a page as slow as the slowest so far still ends before the deadline.
        if (start + slowestPage > deadline + waited) {
            outOfTime.add(number);
            return original;
        }
        try {
            long waitedBefore = waited;
            OcrPageReader.Read result = reader.read(number, () -> System.nanoTime() > deadline + waited,
                    nanos -> waited += nanos);
            slowestPage = Math.max(slowestPage, System.nanoTime() - start - (waited - waitedBefore));
            if (result == null) {
                outOfTime.add(number);
                return original;
            }
            read.add(number);
            String why = original.hasText() ? "its text layer cannot be trusted" : "it is an image without text";
            warnings.add(new Warning("PAGE_OCR", "page " + number + " was read by OCR (" + why + ")", "page " + number));
            warnings.addAll(result.warnings());
            return result.content();
        } catch (OcrException e) {
            failure = e.getMessage();
            failed.add(number);
            warnings.addAll(originalWarnings);
            return original;
        } catch (IOException e) {
            throw new ConversionException(FailureCode.CORRUPT_PDF,
                    "page " + number + " of the PDF cannot be rendered for OCR (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConversionException(FailureCode.TIMEOUT, "reading the PDF was interrupted on page " + number, e);
        }
    }

    /** How long this document has waited for an OCR worker so far: its time limit is moved on by as much. */
    long waited() {
        return waited;
    }

    /** Adds why pages were left unread. */
    void finish(List<Warning> warnings) {
        if (!overCap.isEmpty()) {
            warnings.add(new Warning("OCR_INCOMPLETE", String.format(Locale.ROOT,
                    "%d page(s) need OCR beyond the limit of %d pages per document (nianbao.ocr.max-pages): %s not read",
                    overCap.size(), service.settings().maxPages(), pages(overCap)), null));
        }
        if (!outOfTime.isEmpty()) {
            warnings.add(new Warning("OCR_INCOMPLETE", String.format(Locale.ROOT,
                    "OCR stopped at the time limit for one document (nianbao.limits.max-wall-time-seconds): %s not read",
                    pages(outOfTime)), null));
        }
        if (!failed.isEmpty()) {
            warnings.add(new Warning("OCR_INCOMPLETE", "OCR is not available (" + failure + "): " + pages(failed)
                    + " not read", null));
        }
    }

    /** The blocks with every table that starts on a page read by OCR marked as such. */
    List<Block> mark(List<Block> blocks) {
        if (read.isEmpty()) {
            return blocks;
        }
        List<Block> marked = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            marked.add(block instanceof TableBlock t && read.contains(t.page())
                    ? new TableBlock(t.table(), t.ruled(), t.page(), true) : block);
        }
        return marked;
    }

    /** "page 3" or "pages 21–300" or "pages 2, 5, 7". */
    static String pages(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return "page " + numbers.get(0);
        }
        boolean consecutive = numbers.get(numbers.size() - 1) - numbers.get(0) == numbers.size() - 1;
        if (consecutive) {
            return "pages " + numbers.get(0) + "–" + numbers.get(numbers.size() - 1);
        }
        return "pages " + String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
