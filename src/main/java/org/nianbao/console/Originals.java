package org.nianbao.console;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The original document of an archive entry: found by its name, PDF pages rendered to PNG, HTML as plain text. */
final class Originals {

    /** Pages shown beside a report; longer documents are downloaded. */
    static final int MAX_PAGES = 30;
    private static final float DPI = 80;

    private Originals() {
    }

    static Optional<Path> find(String archivePath) throws IOException {
        if (archivePath == null) {
            return Optional.empty();
        }
        Path folder = Path.of(archivePath);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("original.")).findFirst();
        }
    }

    static String extension(Path original) {
        String name = original.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** Page {@code page} (from 1) as a PNG image. */
    static byte[] pagePng(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (page < 1 || page > Math.min(document.getNumberOfPages(), MAX_PAGES)) {
                throw new IllegalArgumentException("no page " + page);
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }

    /** The visible text of an HTML page, one line per block; scripts, styles and markup are dropped. */
    static String htmlText(Path html) throws IOException {
        Document document = Jsoup.parse(html.toFile(), null, "");
        document.select("script, style, noscript, template, iframe, object").remove();
        StringBuilder text = new StringBuilder();
        Element body = document.body();
        for (Element block : body.select("h1, h2, h3, h4, h5, h6, p, li, tr, div:not(:has(div, p, table, li))")) {
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        if (text.isEmpty()) {
            text.append(body.text());
        }
        return text.toString();
    }
}
