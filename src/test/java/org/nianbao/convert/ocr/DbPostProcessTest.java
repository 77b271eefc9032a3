package org.nianbao.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DbPostProcessTest {

    private static final int W = 64;
    private static final int H = 32;

    private static void fill(float[] map, int left, int top, int right, int bottom, float value) {
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                map[y * W + x] = value;
            }
        }
    }

    @Test
    void confidentRegionsBecomeBoxesGrownByTheUnclipDistance() {
        float[] map = new float[W * H];
        fill(map, 10, 10, 30, 14, 0.9f);   // 20 x 4: grows by 20*4*1.6/(2*24) = 2.67 on every side
        fill(map, 40, 20, 50, 26, 0.9f);   // 10 x 6: grows by 10*6*1.6/(2*16) = 3
        List<TextBox> boxes = DbPostProcess.boxes(map, W, H, 60, 30).stream()
                .sorted(Comparator.comparingInt(TextBox::left)).toList();
        assertEquals(List.of(new TextBox(7, 7, 33, 17, 0.9f), new TextBox(37, 17, 53, 29, 0.9f)),
                boxes.stream().map(b -> new TextBox(b.left(), b.top(), b.right(), b.bottom(), 0.9f)).toList());
    }

    @Test
    void weakRegionsAndSpecksAreDropped() {
        float[] map = new float[W * H];
        fill(map, 10, 10, 30, 14, 0.4f);   // above the pixel threshold, below the box threshold
        fill(map, 40, 20, 42, 22, 0.9f);   // 2 x 2: smaller than the minimum size
        assertEquals(List.of(), DbPostProcess.boxes(map, W, H, W, H));
    }

    @Test
    void boxesStayInsideTheImage() {
        float[] map = new float[W * H];
        fill(map, 0, 0, 20, 5, 0.9f);
        TextBox box = DbPostProcess.boxes(map, W, H, W, H).get(0);
        assertEquals(0, box.left());
        assertEquals(0, box.top());
    }
}
