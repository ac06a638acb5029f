package org.driftscope.projection;

/**
 * t-SNE's input affinities: for one point, the Gaussian over its candidate neighbours whose entropy
 * is log(perplexity), found by binary search on the precision (van der Maaten and Hinton 2008).
 */
final class Perplexity {
    private Perplexity() {}

    /**
     * Writes conditional probabilities for {@code count} squared distances starting at
     * {@code dist[distOffset]} into {@code out[outOffset...]}; position {@code skip} (relative, or -1)
     * is the point itself and gets 0. Distances are shifted by their minimum first, which changes
     * neither the probabilities nor the entropy but keeps {@code exp} from underflowing.
     */
    static void calibrate(
            double[] dist, int distOffset, double[] out, int outOffset, int count, int skip, double target) {
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < count; r++) {
            if (r != skip) {
                min = Math.min(min, dist[distOffset + r]);
            }
        }
        double beta = 1;
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        for (int step = 0; step < 200; step++) {
            double sum = 0;
            double weighted = 0;
            for (int r = 0; r < count; r++) {
                double shifted = dist[distOffset + r] - min;
                double v = r == skip ? 0 : Math.exp(-beta * shifted);
                out[outOffset + r] = v;
                sum += v;
                weighted += v * shifted;
            }
            sum = Math.max(sum, 1e-300);
            double entropy = Math.log(sum) + beta * weighted / sum;
            for (int r = 0; r < count; r++) {
                out[outOffset + r] /= sum;
            }
            double diff = entropy - target;
            if (Math.abs(diff) < 1e-5) {
                return;
            }
            if (diff > 0) {
                lo = beta;
                beta = Double.isInfinite(hi) ? beta * 2 : (beta + hi) / 2;
            } else {
                hi = beta;
                beta = (beta + lo) / 2;
            }
        }
    }
}
