package org.nianbao.memory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Large legal inputs made on the fly (never committed): a flat HTML page of plain paragraphs, a DOCX
 * whose {@code document.xml} is plain paragraphs, a PDF of densely printed pages. The text is random
 * Chinese, so it compresses like real text and a DOCX of it is no zip bomb.
 */
public final class LargeInputs {

    /** Common Chinese characters (CJK Unified Ideographs from U+4E00) the text is drawn from. */
    private static final int CJK_FIRST = 0x4E00;
    private static final int CJK_COUNT = 3000;

    private LargeInputs() {
    }

    /** An HTML page of about {@code bytes} bytes: one paragraph of text after another, nothing nested. */
    public static Path flatHtml(Path file, long bytes) throws IOException {
        return flatHtml(file, bytes, 120);
    }

    /**
     * As {@link #flatHtml(Path, long)} with paragraphs of {@code characters} characters: one character
     * per paragraph gives the most elements a page of that size can hold.
     */
    public static Path flatHtml(Path file, long bytes, int characters) throws IOException {
        SplittableRandom random = new SplittableRandom(8);
        try (Writer out = writer(file)) {
            CountingText text = new CountingText(out);
            text.add("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>临沂市2020年政府信息公开工作年度报告</title></head><body>\n");
            while (text.bytes < bytes) {
                text.add("<p>").add(sentence(random, characters)).add("</p>\n");
            }
            text.add("</body></html>\n");
        }
        return file;
    }

    /** A DOCX whose {@code word/document.xml} has about {@code xmlBytes} bytes of plain paragraphs. */
    public static Path docx(Path file, long xmlBytes) throws IOException {
        return docx(file, xmlBytes, 120);
    }

    /** As {@link #docx(Path, long)} with paragraphs of {@code characters} characters (0: empty paragraphs, each with a random revision id as Word writes them, so the part is no zip bomb). */
    public static Path docx(Path file, long xmlBytes, int characters) throws IOException {
        SplittableRandom random = new SplittableRandom(9);
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            CountingText text = new CountingText(out);
            text.add("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            while (text.bytes < xmlBytes) {
                text.add(characters == 0
                        ? String.format("<w:p w:rsidR=\"%08X\"/>", random.nextInt())
                        : "<w:p><w:r><w:t>" + sentence(random, characters) + "</w:t></w:r></w:p>\n");
            }
            text.add("</w:body></w:document>");
            out.flush();
            zip.closeEntry();
        }
        return file;
    }

    /** A DOCX of a few paragraphs carrying a picture of {@code mediaBytes} random (incompressible) bytes. */
    public static Path docxWithPicture(Path file, long mediaBytes) throws IOException {
        Path small = docx(file.resolveSibling(file.getFileName() + ".small"), 16 * 1024);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(small));
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("[Content_Types].xml")) {
                    String types = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    zip.write(types.replace("<Default Extension=\"xml\"",
                            "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"xml\"")
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            randomBytes(zip, mediaBytes, 11);
            zip.closeEntry();
        }
        Files.delete(small);
        return file;
    }

    /**
     * A Word 97-2003 file: the DOC {@code template} with one more stream of {@code paddingBytes} random
     * bytes in its container, the way pictures and embedded objects make real DOC files large.
     */
    public static Path paddedDoc(Path file, Path template, long paddingBytes) throws IOException {
        try (InputStream in = Files.newInputStream(template); POIFSFileSystem container = new POIFSFileSystem(in)) {
            java.io.ByteArrayOutputStream padding = new java.io.ByteArrayOutputStream();
            randomBytes(padding, paddingBytes, 13);
            container.getRoot().createDocument("Padding", new java.io.ByteArrayInputStream(padding.toByteArray()));
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }
        return file;
    }

    private static void randomBytes(OutputStream out, long count, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] block = new byte[64 * 1024];
        for (long written = 0; written < count; written += block.length) {
            for (int i = 0; i < block.length; i += 8) {
                long value = random.nextLong();
                for (int b = 0; b < 8; b++) {
                    block[i + b] = (byte) (value >>> (8 * b));
                }
            }
            out.write(block, 0, (int) Math.min(block.length, count - written));
        }
    }

    /** A PDF of {@code pages} pages, each filled with lines of small print in a standard font. */
    public static Path pdf(Path file, int pages) throws IOException {
        SplittableRandom random = new SplittableRandom(10);
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 6);
                    content.setLeading(7);
                    content.newLineAtOffset(20, 770);
                    for (int line = 0; line < 105; line++) {
                        content.showText(latinLine(random, 150));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A one-page PDF of a few kilobytes that draws one form of {@code lines} lines of text {@code times}
     * times: the text a page shows can be far larger than its file.
     */
    public static Path pdfRepeatedForm(Path file, int lines, int times) throws IOException {
        SplittableRandom random = new SplittableRandom(14);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(page.getMediaBox());
            PDResources resources = new PDResources();
            form.setResources(resources);
            try (PDFormContentStream content = new PDFormContentStream(form)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 6);
                content.setLeading(7);
                content.newLineAtOffset(20, 770);
                for (int line = 0; line < lines; line++) {
                    content.showText(latinLine(random, 150));
                    content.newLine();
                }
                content.endText();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < times; i++) {
                    content.drawForm(form);
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static String sentence(SplittableRandom random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(i % 20 == 19 ? '，' : CJK_FIRST + random.nextInt(CJK_COUNT));
        }
        return length > 1 ? s.append('。').toString() : s.toString();
    }

    private static String latinLine(SplittableRandom random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(i % 7 == 6 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Writer writer(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** Writes text and counts its UTF-8 bytes. */
    private static final class CountingText {
        private final Writer out;
        private long bytes;

        CountingText(Writer out) {
            this.out = out;
        }

        CountingText add(String s) throws IOException {
            out.write(s);
            bytes += s.getBytes(StandardCharsets.UTF_8).length;
            return this;
        }
    }

    /** Writes the inputs for measuring: {@code html|docx MEGABYTES|KILOBYTESk FILE [CHARACTERS]} or {@code pdf PAGES FILE}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[2]);
        long size = args[1].endsWith("k") ? Long.parseLong(args[1].substring(0, args[1].length() - 1)) * 1024 : Long.parseLong(args[1]) << 20;
        switch (args[0]) {
            case "html" -> flatHtml(file, size, args.length > 3 ? Integer.parseInt(args[3]) : 120);
            case "docx" -> docx(file, size, args.length > 3 ? Integer.parseInt(args[3]) : 120);
            case "pdf" -> pdf(file, Integer.parseInt(args[1]));
            case "docx-picture" -> docxWithPicture(file, size);
            case "doc-padded" -> paddedDoc(file, Path.of(args[3]), size);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
