package org.nianbao.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoxCutterTest {

    private static final ImageLine COLUMN = new ImageLine(false, 100, 0, 400, 99, 101);
    private static final ImageLine ROW = new ImageLine(true, 50, 0, 400, 49, 51);

    @Test
    void aBoxAcrossAColumnBorderIsCutInTwoLeavingTheLineOut() {
        List<TextBox> cut = BoxCutter.cut(List.of(new TextBox(60, 60, 150, 90, 0.9)), List.of(COLUMN, ROW));
        assertEquals(List.of(new TextBox(60, 60, 98, 90, 0.9), new TextBox(103, 60, 150, 90, 0.9)), cut);
    }

    @Test
    void aBoxReachingOverARowBorderIsTrimmedToTheSideOfItsMiddle() {
        List<TextBox> cut = BoxCutter.cut(List.of(new TextBox(120, 45, 180, 80, 0.9)), List.of(COLUMN, ROW));
        assertEquals(List.of(new TextBox(120, 53, 180, 80, 0.9)), cut);
    }

    @Test
    void aBoxClearOfEveryLineIsKept() {
        TextBox box = new TextBox(120, 60, 180, 90, 0.9);
        assertEquals(List.of(box), BoxCutter.cut(List.of(box), List.of(COLUMN, ROW)));
    }
}
