package org.driftscope.projection;

/**
 * Smile 3.1.1's exact t-SNE, the quality reference for tests and benchmarks (perplexity 30, learning
 * rate 200, 1,000 iterations, as Smile's own defaults).
 *
 * <p>Smile reads a square input (as many rows as columns) as a precomputed distance matrix. A column of
 * zeros changes no distance between rows, so a square input gets one and is laid out as the vectors it is.
 */
final class SmileTsne {
    private SmileTsne() {}

    static Layout fit(float[] x, int d) {
        int n = x.length / d;
        int width = n == d ? d + 1 : d;
        double[][] rows = new double[n][width];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = x[i * d + j];
            }
        }
        return Projector.layout(new smile.manifold.TSNE(rows, 2, Math.min(30, (n - 1) / 3.0), 200, 1000).coordinates);
    }
}
