package org.nianbao.convert.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the DB model's text probability map into boxes: pixels above a threshold form connected
 * regions; a region is kept when the map is confident over its box, and its box is grown back by the
 * amount the model was trained to shrink text by ("unclip": area × ratio / perimeter on every side).
 * Pages are straightened before detection, so boxes are upright rectangles.
 */
final class DbPostProcess {

    static final float THRESHOLD = 0.3f;
    static final double BOX_THRESHOLD = 0.5;
    static final double UNCLIP_RATIO = 1.6;
    static final int MIN_SIZE = 3;
    static final int MAX_BOXES = 2000;

    private DbPostProcess() {
    }

    /** Boxes in image pixels; {@code mapWidth}×{@code mapHeight} is the padded map, the image is smaller. */
    static List<TextBox> boxes(float[] map, int mapWidth, int mapHeight, int imageWidth, int imageHeight) {
        int[] label = new int[map.length];
        int[] stack = new int[map.length];
        List<TextBox> boxes = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < map.length && boxes.size() < MAX_BOXES; start++) {
            if (label[start] != 0 || map[start] <= THRESHOLD) {
                continue;
            }
            next++;
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = -1;
            int maxY = -1;
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            while (top > 0) {
                int p = stack[--top];
                int x = p % mapWidth;
                int y = p / mapWidth;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                if (x > 0) {
                    top = push(map, label, stack, top, p - 1, next);
                }
                if (x + 1 < mapWidth) {
                    top = push(map, label, stack, top, p + 1, next);
                }
                if (y > 0) {
                    top = push(map, label, stack, top, p - mapWidth, next);
                }
                if (y + 1 < mapHeight) {
                    top = push(map, label, stack, top, p + mapWidth, next);
                }
            }
            int w = maxX - minX + 1;
            int h = maxY - minY + 1;
            if (Math.min(w, h) < MIN_SIZE || mean(map, mapWidth, minX, minY, maxX, maxY) < BOX_THRESHOLD) {
                continue;
            }
            double grow = w * h * UNCLIP_RATIO / (2.0 * (w + h));
            int left = clamp((int) Math.floor(minX - grow), imageWidth);
            int right = clamp((int) Math.ceil(maxX + 1 + grow), imageWidth);
            int upper = clamp((int) Math.floor(minY - grow), imageHeight);
            int lower = clamp((int) Math.ceil(maxY + 1 + grow), imageHeight);
            if (Math.min(right - left, lower - upper) >= MIN_SIZE + 2) {
                boxes.add(new TextBox(left, upper, right, lower, mean(map, mapWidth, minX, minY, maxX, maxY)));
            }
        }
        return boxes;
    }

    private static int push(float[] map, int[] label, int[] stack, int top, int p, int id) {
        if (label[p] == 0 && map[p] > THRESHOLD) {
            label[p] = id;
            stack[top++] = p;
        }
        return top;
    }

    private static double mean(float[] map, int mapWidth, int minX, int minY, int maxX, int maxY) {
        double sum = 0;
        for (int y = minY; y <= maxY; y++) {
            int row = y * mapWidth;
            for (int x = minX; x <= maxX; x++) {
                sum += map[row + x];
            }
        }
        return sum / ((double) (maxX - minX + 1) * (maxY - minY + 1));
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size, value));
    }
}
