package org.driftscope.projection;

import org.driftscope.drift.Neighbours;

/**
 * How far to believe each point's position: the share of its k nearest neighbours in vector space
 * (cosine) that are also among its k nearest in the layout. A point with low trust sits somewhere
 * the picture cannot honestly show; the app fades it, exports list it. O(n k): the layout's neighbours
 * come from {@link PlaneNeighbours}.
 */
public final class Trust {
    private Trust() {}

    /**
     * @param vectorSpace each word's k nearest neighbours among the same words, in vector space
     * @param layout the words' positions
     * @return per word, in [0, 1]
     */
    public static double[] of(Neighbours vectorSpace, Layout layout) {
        int n = layout.size();
        int k = vectorSpace.k();
        if (n <= k) {
            double[] all = new double[n];
            java.util.Arrays.fill(all, 1);
            return all;
        }
        Neighbours plane = PlaneNeighbours.of(layout.xy(), k);
        double[] trust = new double[n];
        for (int i = 0; i < n; i++) {
            trust[i] = (double) Neighbours.shared(vectorSpace.of(i), plane.of(i)) / k;
        }
        return trust;
    }
}
