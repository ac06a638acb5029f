package org.driftscope.projection;

/**
 * t-SNE settings.
 *
 * @param perplexity effective number of neighbours, &gt; 1; lowered to (n - 1) / 3 for small inputs
 * @param iterations gradient steps, at least 1
 * @param learningRate step size, &gt; 0; 0 means "choose": n / 12, which keeps the first
 *     steps from overshooting on small inputs (Belkina et al. 2019, Nature Communications 10)
 * @param exaggeration early exaggeration factor, at least 1 (1: none, as a warm start wants)
 * @param exaggerationIterations steps that use the exaggeration, 0..iterations
 * @param seed seeds the random start
 */
public record TsneOptions(
        double perplexity,
        int iterations,
        double learningRate,
        double exaggeration,
        int exaggerationIterations,
        long seed) {
    public TsneOptions {
        if (!(perplexity > 1)) {
            throw new IllegalArgumentException("perplexity must exceed 1, was " + perplexity);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        if (learningRate < 0) {
            throw new IllegalArgumentException("learning rate must not be negative, was " + learningRate);
        }
        if (exaggeration < 1) {
            throw new IllegalArgumentException("exaggeration must be at least 1, was " + exaggeration);
        }
        if (exaggerationIterations < 0 || exaggerationIterations > iterations) {
            throw new IllegalArgumentException("exaggeration iterations must be in [0, iterations]");
        }
    }

    /** A layout from scratch: 1,000 steps, the first 250 exaggerated 12x (van der Maaten 2014). */
    public static TsneOptions cold(long seed) {
        return new TsneOptions(30, 1000, 0, 12, 250, seed);
    }

    /**
     * An update from a previous layout: fewer steps and no exaggeration, which would tear it apart. 150
     * steps (200 until session 17): through the projector, with its pins and change stress, 150 and 200
     * keep the same 10-NN (0.370 on 9,163 GloVe words, 0.100 on 10,000 benchmark points, 0.360 on MR's
     * 3,000 words) and issue 19's measures within 0.02 on every bench run, in 0.71-0.72x the time at
     * 10,000 points (docs/BENCHMARKS.md, "The warm epoch"). Without pins, on 5,000 benchmark points, 150 / 200 / 250
     * gained 10-NN 0.169 / 0.170 / 0.171.
     */
    public static TsneOptions warm(long seed) {
        return new TsneOptions(30, 150, 0, 1, 0, seed);
    }
}
