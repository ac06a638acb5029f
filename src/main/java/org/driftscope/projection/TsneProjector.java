package org.driftscope.projection;

/**
 * t-SNE: the frozen layout from scratch; each epoch warm-started from the last, then aligned onto it.
 * The exact gradient below {@link #BARNES_HUT_FROM} words (where it is quick and a little better), the
 * Barnes-Hut approximation from there on.
 */
final class TsneProjector implements Projector {
    static final int BARNES_HUT_FROM = 500;

    private final long seed;
    private Layout frozen;
    private Layout previous;

    TsneProjector(long seed) {
        this.seed = seed;
    }

    private static Layout fit(float[] data, int d, TsneOptions options, Layout start) {
        return data.length / d < BARNES_HUT_FROM
                ? ExactTsne.fit(data, d, options, start)
                : BarnesHutTsne.fit(data, d, options, start, true);
    }

    @Override
    public Layout frozen(float[] data, int d) {
        frozen = fit(data, d, TsneOptions.cold(seed), null);
        previous = frozen;
        return frozen;
    }

    @Override
    public Layout next(float[] data, int d) {
        Layout warm = fit(data, d, TsneOptions.warm(seed), previous);
        previous = Procrustes.align(warm, frozen);
        return previous;
    }
}
