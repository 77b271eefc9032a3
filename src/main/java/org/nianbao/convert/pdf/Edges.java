package org.nianbao.convert.pdf;

import java.util.Arrays;

/** Grid edges from measured positions: positions closer than a tolerance are one edge (their mean). */
final class Edges {

    private Edges() {
    }

    static float[] cluster(float[] positions, float tolerance) {
        if (positions.length == 0) {
            return positions;
        }
        float[] sorted = positions.clone();
        Arrays.sort(sorted);
        float[] centers = new float[sorted.length];
        int count = 0;
        float sum = sorted[0];
        int members = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] - sorted[i - 1] > tolerance) {
                centers[count++] = sum / members;
                sum = 0;
                members = 0;
            }
            sum += sorted[i];
            members++;
        }
        centers[count++] = sum / members;
        return Arrays.copyOf(centers, count);
    }

    /** Index of the interval {@code [edges[i], edges[i+1])} holding {@code value}, or -1 outside. */
    static int interval(float[] edges, float value) {
        if (edges.length < 2 || value < edges[0] || value >= edges[edges.length - 1]) {
            return -1;
        }
        int found = Arrays.binarySearch(edges, value);
        return found >= 0 ? Math.min(found, edges.length - 2) : -found - 2;
    }

    /** Index of the edge nearest to {@code value}. */
    static int nearest(float[] edges, float value) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - value) < Math.abs(edges[best] - value)) {
                best = i;
            }
        }
        return best;
    }
}
