package org.nianbao.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.nianbao.convert.DocumentFormat;

/**
 * What the bare libraries need to get the text out of a file: the yardstick the converters are held to.
 * Each returns the number of characters read, so the work cannot be optimized away.
 */
final class Baselines {

    private Baselines() {
    }

    static long run(DocumentFormat format, byte[] bytes) throws IOException {
        return switch (format) {
            case PDF -> pdfText(bytes);
            case DOCX -> docxText(bytes);
            case DOC -> docText(bytes);
            case HTML -> htmlText(bytes);
            case TXT -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8).length();
        };
    }

    /** PDFBox alone: load and extract the plain text sorted by position. */
    static long pdfText(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).length();
        }
    }

    /** POI alone: open the package and read every paragraph and every table cell. */
    static long docxText(byte[] bytes) throws IOException {
        long n = 0;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                n += p.getText().length();
            }
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        n += c.getText().length();
                    }
                }
            }
        }
        return n;
    }

    /** POI HWPF alone: open the file and read its whole text range. */
    static long docText(byte[] bytes) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            return doc.getRange().text().length();
        }
    }

    /** jsoup alone: parse (detecting the charset itself) and take the page text. */
    static long htmlText(byte[] bytes) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), null, "").text().length();
    }
}
