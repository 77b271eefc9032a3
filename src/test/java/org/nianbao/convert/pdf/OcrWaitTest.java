package org.nianbao.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.ocr.OcrPage;
import org.nianbao.convert.ocr.OcrService;
import org.nianbao.convert.ocr.OcrSettings;
import org.nianbao.model.Warning;

/**
 * Time a document spends waiting for the OCR worker while another page is read does not count against its
 * own time limit: with one worker, held by another reader for longer than the whole limit of the second
 * document, the second document is still read whole once the worker is free (not cut short, not partial).
 */
class OcrWaitTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private static ParseLimits limits(Duration wallTime) {
        return new ParseLimits(ParseLimits.DEFAULTS.maxBytes(), 500, 0.01, ParseLimits.DEFAULTS.maxEntryBytes(), 256, wallTime);
    }

    @Test
    void waitingForTheWorkerDoesNotUseUpTheDocumentsTimeLimit() throws Exception {
        OcrService service = new OcrService(new OcrSettings(true, 1, 20, 1));
        PdfConverter converter = new PdfConverter(service);
        converter.convert(smallImagePage(), limits(Duration.ofMinutes(10)));   // the engine is loaded once per JVM

        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // The first document's page: it holds the only worker until told to let go.
            Future<OcrPage> first = threads.submit(() -> service.read(new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY), () -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                return false;
            }, nanos -> { }));
            assertTrue(holding.await(60, TimeUnit.SECONDS), "the first page holds the worker");

            long start = System.nanoTime();
            CompletableFuture<ParsedDocument> second = CompletableFuture.supplyAsync(() -> {
                try {
                    return converter.convert(smallImagePage(), limits(LIMIT));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, threads);
            // The worker stays taken for longer than the second document's whole time limit.
            Thread.sleep(LIMIT.plusSeconds(1).toMillis());
            assertFalse(second.isDone(), "the second document waits for the worker");
            release.countDown();
            first.get(60, TimeUnit.SECONDS);

            ParsedDocument document = second.get(120, TimeUnit.SECONDS);
            assertTrue(System.nanoTime() - start > LIMIT.toNanos(), "the second document took longer than its limit, waiting included");
            assertEquals(List.of("page 1"), coded(document, "PAGE_OCR").stream().map(Warning::location).toList(),
                    document.warnings()::toString);
            assertEquals(List.of(), coded(document, "OCR_INCOMPLETE"), document.warnings()::toString);
        } finally {
            release.countDown();
            threads.shutdownNow();
            assertTrue(threads.awaitTermination(60, TimeUnit.SECONDS));
        }
    }

    /** One small page (a label's size, so that reading it takes a moment) showing an image and no text. */
    private static byte[] smallImagePage() throws IOException {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 120);
        g.setColor(Color.BLACK);
        g.drawRect(10, 10, 280, 100);
        g.dispose();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(200, 100));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, image), 10, 10, 180, 72);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<Warning> coded(ParsedDocument document, String code) {
        return document.warnings().stream().filter(w -> w.code().equals(code)).toList();
    }
}
