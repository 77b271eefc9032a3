package org.nianbao.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * A scanned page of prose whose every line is underlined (page 2 of a real 2019 report): the underlines
 * are long ruling lines, and the strokes of the characters standing on them reach down to them. Taken for
 * the borders of cells, they cut each line into single characters ("我 区 玫 府 A 息"). The page has no
 * vertical line, and its lines are read whole, as printed.
 */
class UnderlinedProseTest {

    @Test
    void theLinesOfAnUnderlinedPageAreReadWhole() throws Exception {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(new File("src/test/resources/ocr/pt-2019.scan.page2.pdf"))) {
            float longSide = Math.max(document.getPage(0).getCropBox().getWidth(), document.getPage(0).getCropBox().getHeight());
            image = new PDFRenderer(document).renderImage(0, 1800 / longSide, ImageType.GRAY);
        }
        OcrPage page;
        try (OcrEngine engine = OcrEngine.load(1)) {
            page = new PageRecognizer(engine).read(image, () -> false);
        }
        assertEquals(List.of(), page.lines().stream().filter(l -> !l.horizontal()).toList());
        List<String> lines = page.texts().stream().map(RecognizedText::text).toList();
        for (String printed : List.of("1.加强组织领导，健全工作机制", "2.把握工作重点，扎实推进信息公开",
                "审核、发布信息，确保政府信息公开工作有人抓、有人管、有人落实；")) {
            assertTrue(lines.contains(printed), () -> "not read as one line: " + printed + "\n"
                    + lines.stream().collect(Collectors.joining("\n")));
        }
    }
}
