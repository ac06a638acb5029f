package org.driftscope.projection;

/**
 * Puts one more word into a finished layout without moving any other: at the affinity-weighted mean of
 * the screen positions of its nearest drawn words, the affinities being t-SNE's Gaussian over their
 * cosine distances at a low perplexity. This is openTSNE's way of placing new points before it
 * optimises them ({@code TSNEEmbedding.transform}: perplexity 5, a weighted mean); the optimisation is
 * left out, so the word lands exactly among its neighbours and the picture around it stays as it was.
 */
public final class InPlace {
    /** Drawn words the new one is placed among. */
    public static final int NEIGHBOURS = 15;

    /** The perplexity of the affinities over them: the few nearest dominate, as openTSNE's default does. */
    public static final double PERPLEXITY = 5;

    private InPlace() {}

    /**
     * Where a word goes in a layout.
     *
     * @param drawn the drawn words' vectors, row-major {@code layout.size() x d}
     * @param d the dimension
     * @param layout the drawn words' screen positions
     * @param vector the new word's vector, in the same space as {@code drawn}
     * @return its x and y
     */
    public static double[] place(float[] drawn, int d, Layout layout, float[] vector) {
        int n = layout.size();
        if ((long) n * d != drawn.length || vector.length != d) {
            throw new IllegalArgumentException(
                    "the drawn vectors and the word must share the layout's " + n + " rows and dimension " + d);
        }
        if (n == 0) {
            throw new IllegalArgumentException("an empty layout has no neighbours to place a word among");
        }
        double norm = norm(vector, 0, d);
        // squared distance between unit vectors, 2 (1 - cosine), for every drawn word
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            double dot = 0;
            for (int j = 0; j < d; j++) {
                dot += (double) vector[j] * drawn[i * d + j];
            }
            double denominator = norm * norm(drawn, i * d, d);
            double cosine = denominator > 0 ? dot / denominator : 0;
            dist[i] = 2 * (1 - cosine);
        }
        int k = Math.min(NEIGHBOURS, n);
        int[] nearest = nearest(dist, k);
        double[] near = new double[k];
        for (int r = 0; r < k; r++) {
            near[r] = dist[nearest[r]];
        }
        double[] p = new double[k];
        Perplexity.calibrate(near, 0, p, 0, k, -1, Math.log(Math.min(PERPLEXITY, k)));
        double x = 0;
        double y = 0;
        for (int r = 0; r < k; r++) {
            x += p[r] * layout.x(nearest[r]);
            y += p[r] * layout.y(nearest[r]);
        }
        return new double[] {x, y};
    }

    private static double norm(float[] v, int from, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += (double) v[from + j] * v[from + j];
        }
        return Math.sqrt(s);
    }

    /** Indices of the {@code k} smallest distances, smallest first (ties by index). */
    private static int[] nearest(double[] dist, int k) {
        return java.util.stream.IntStream.range(0, dist.length)
                .boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer i) -> dist[i])
                        .thenComparing(i -> i))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
