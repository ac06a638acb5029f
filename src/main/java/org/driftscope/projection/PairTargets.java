package org.driftscope.projection;

import java.util.Arrays;
import org.driftscope.work.Workers;

/**
 * Target screen distances for pairs of points, in compressed rows (each pair in both of its rows): the
 * change-stress term mu * sum over pairs of (|y_i - y_j| - target_ij)^2 that asks a tuned layout's
 * distances to change as the vectors' cosine distances changed. Where pairs are sampled (large layouts),
 * a word among the nearest of hundreds of others (a hub, common in many dimensions) has hundreds of
 * pairs, and a pull that stiff made the gradient steps diverge on 10,000 benchmark points; so a row with
 * more pairs than the average row has its gradient scaled down to the average's. With every pair present
 * all rows have the same number and nothing is scaled.
 *
 * @param rowStart n + 1 offsets into {@code columns}
 * @param columns the other point of each pair
 * @param targets the pair's target distance
 * @param weight mu, already scaled for the share of all pairs present
 */
record PairTargets(int[] rowStart, int[] columns, double[] targets, double weight) {
    /** Adds the term's gradient for every point that is not pinned. */
    void addGradient(double[] y, double[] grad, Anchors anchors) {
        int n = rowStart.length - 1;
        double mean = (double) columns.length / n;
        Workers.forEach(n, i -> {
            if (anchors.pinned(i)) {
                return;
            }
            double gx = 0;
            double gy = 0;
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = columns[e];
                double dx = y[2 * i] - y[2 * j];
                double dy = y[2 * i + 1] - y[2 * j + 1];
                double dist = Math.sqrt(dx * dx + dy * dy);
                if (dist > 0) {
                    double f = (dist - targets[e]) / dist;
                    gx += f * dx;
                    gy += f * dy;
                }
            }
            // each unordered pair is in two rows, so d/dy_i of the sum over pairs is 2 * this row's sum;
            // a row with more pairs than the average is scaled down to it (see the class comment)
            double scale = 2 * weight * Math.min(1, mean / (rowStart[i + 1] - rowStart[i]));
            grad[2 * i] += scale * gx;
            grad[2 * i + 1] += scale * gy;
        });
    }

    /**
     * Pairs whose frozen screen distance changes by {@code slope} times the change of their cosine
     * distance: {@code target = max(0, |f_i - f_j| + slope * (cos_frozen - cos_tuned))}.
     *
     * @param frozenUnit frozen vectors scaled to unit length, {@code n x d}
     * @param tunedUnit tuned vectors scaled to unit length
     * @param frozen the frozen layout
     * @param partners per point, the other points to pair it with (both directions are added)
     * @param mu the term's weight as if every pair were present
     */
    static PairTargets of(
            double[] frozenUnit, double[] tunedUnit, int d, Layout frozen, int[][] partners, double slope, double mu) {
        int n = frozen.size();
        long[] keys =
                new long[2 * Arrays.stream(partners).mapToInt(p -> p.length).sum()];
        int w = 0;
        for (int i = 0; i < n; i++) {
            for (int j : partners[i]) {
                if (j != i) {
                    keys[w++] = ((long) i << 32) | j;
                    keys[w++] = ((long) j << 32) | i;
                }
            }
        }
        long[] sorted = distinctSorted(keys, w);
        int[] rowStart = new int[n + 1];
        int[] columns = new int[sorted.length];
        for (int e = 0; e < sorted.length; e++) {
            rowStart[(int) (sorted[e] >>> 32) + 1]++;
            columns[e] = (int) sorted[e];
        }
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        double[] targets = new double[sorted.length];
        Workers.forEach(n, i -> {
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = columns[e];
                double change = dot(frozenUnit, i, j, d) - dot(tunedUnit, i, j, d);
                double base = distance(frozen, i, j);
                targets[e] = Math.max(0, base + slope * change);
            }
        });
        double allPairs = (double) n * (n - 1);
        return new PairTargets(rowStart, columns, targets, mu * allPairs / Math.max(1, sorted.length));
    }

    /**
     * The least-squares slope through the origin of frozen screen distance on frozen cosine distance,
     * over the given pairs: how many screen units one unit of cosine distance is worth in this layout.
     */
    static double slope(double[] frozenUnit, int d, Layout frozen, int[][] partners) {
        double sdc = 0;
        double scc = 0;
        for (int i = 0; i < partners.length; i++) {
            for (int j : partners[i]) {
                double c = 1 - dot(frozenUnit, i, j, d);
                sdc += c * distance(frozen, i, j);
                scc += c * c;
            }
        }
        return scc > 0 ? sdc / scc : 0;
    }

    /** The first {@code w} keys sorted, each once (in place; LongStream's distinct would box them all). */
    private static long[] distinctSorted(long[] keys, int w) {
        // not parallelSort: it runs on the common pool, above the window's threads (decision 0011)
        Arrays.sort(keys, 0, w);
        int out = 0;
        for (int e = 0; e < w; e++) {
            if (out == 0 || keys[e] != keys[out - 1]) {
                keys[out++] = keys[e];
            }
        }
        return Arrays.copyOf(keys, out);
    }

    /** Screen distance of i and j ({@code Math.hypot} guards against overflow these never reach, slowly). */
    private static double distance(Layout layout, int i, int j) {
        double dx = layout.x(i) - layout.x(j);
        double dy = layout.y(i) - layout.y(j);
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static double dot(double[] x, int i, int j, int d) {
        double s = 0;
        for (int c = 0; c < d; c++) {
            s += x[i * d + c] * x[j * d + c];
        }
        return s;
    }
}
