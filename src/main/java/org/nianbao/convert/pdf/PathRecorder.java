package org.nianbao.convert.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Builds the current path of a content stream from its construction operators and, when the path is
 * painted, keeps its straight horizontal and vertical pieces as {@link Ruling}s. Stroked segments count
 * as they are; a filled path counts only when it is a thin bar, which is how many producers draw borders.
 * Curves and clipping-only paths are dropped.
 */
final class PathRecorder {

    /** Largest slope deviation (points) for a segment to count as horizontal or vertical. */
    private static final float AXIS_TOLERANCE = 0.5f;
    /** A filled bar thinner than this is a drawn line, not a shaded area. */
    private static final float BAR_THICKNESS = 2.5f;
    /** Shorter pieces are ticks, dots or glyph parts, never borders. */
    private static final float MIN_LENGTH = 2f;

    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private List<Point2D.Float> current;
    private PDRectangle box;
    private int rotation;

    /**
     * Starts a page. Points are placed on the page as it is displayed, like PDFBox places glyphs: relative
     * to the crop box, turned by the page's rotation (0, 90, 180 or 270 degrees clockwise), y down.
     */
    void startPage(PDRectangle cropBox, int pageRotation) {
        subpaths.clear();
        rulings.clear();
        current = null;
        box = cropBox;
        rotation = pageRotation;
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    void moveTo(Matrix ctm, float x, float y) {
        current = new ArrayList<>();
        current.add(toPage(ctm, x, y));
        subpaths.add(current);
    }

    void lineTo(Matrix ctm, float x, float y) {
        if (current == null) {
            moveTo(ctm, x, y);
            return;
        }
        current.add(toPage(ctm, x, y));
    }

    /** A curve is never a border: its end point starts a new straight run. */
    void curveTo(Matrix ctm, float endX, float endY) {
        moveTo(ctm, endX, endY);
    }

    void rectangle(Matrix ctm, float x, float y, float w, float h) {
        moveTo(ctm, x, y);
        lineTo(ctm, x + w, y);
        lineTo(ctm, x + w, y + h);
        lineTo(ctm, x, y + h);
        closePath();
    }

    void closePath() {
        if (current != null && current.size() > 1) {
            current.add(current.get(0));
        }
    }

    void stroke() {
        for (List<Point2D.Float> points : subpaths) {
            for (int i = 1; i < points.size(); i++) {
                addSegment(points.get(i - 1), points.get(i));
            }
        }
        discard();
    }

    void fill() {
        for (List<Point2D.Float> points : subpaths) {
            addBar(points);
        }
        discard();
    }

    void discard() {
        subpaths.clear();
        current = null;
    }

    private void addSegment(Point2D.Float a, Point2D.Float b) {
        if (Math.abs(a.y - b.y) <= AXIS_TOLERANCE && Math.abs(a.x - b.x) >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (a.y + b.y) / 2, a.x, b.x));
        } else if (Math.abs(a.x - b.x) <= AXIS_TOLERANCE && Math.abs(a.y - b.y) >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (a.x + b.x) / 2, a.y, b.y));
        }
    }

    private void addBar(List<Point2D.Float> points) {
        if (points.size() < 2) {
            return;
        }
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (Point2D.Float p : points) {
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        float w = maxX - minX;
        float h = maxY - minY;
        if (h <= BAR_THICKNESS && w >= MIN_LENGTH && w > h) {
            rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
        } else if (w <= BAR_THICKNESS && h >= MIN_LENGTH && h > w) {
            rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
        }
    }

    private Point2D.Float toPage(Matrix ctm, float x, float y) {
        Point2D.Float p = ctm.transformPoint(x, y);
        return switch (rotation) {
            case 90 -> new Point2D.Float(p.y - box.getLowerLeftY(), p.x - box.getLowerLeftX());
            case 180 -> new Point2D.Float(box.getUpperRightX() - p.x, p.y - box.getLowerLeftY());
            case 270 -> new Point2D.Float(box.getUpperRightY() - p.y, box.getUpperRightX() - p.x);
            default -> new Point2D.Float(p.x - box.getLowerLeftX(), box.getUpperRightY() - p.y);
        };
    }
}
