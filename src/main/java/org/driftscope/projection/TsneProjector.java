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
    private float[] previousData;

    TsneProjector(long seed) {
        this.seed = seed;
    }

    private static Layout fit(float[] data, int d, TsneOptions options, Layout start, boolean[] pinned) {
        return data.length / d < BARNES_HUT_FROM
                ? ExactTsne.fit(data, d, options, start, pinned)
                : BarnesHutTsne.fit(data, d, options, start, true, pinned);
    }

    @Override
    public Layout frozen(float[] data, int d) {
        return frozen(data, d, fit(data, d, TsneOptions.cold(seed), null, null));
    }

    @Override
    public Layout frozen(float[] data, int d, Layout known) {
        frozen = known;
        previous = known;
        previousData = data.clone();
        return known;
    }

    @Override
    public Layout next(float[] data, int d) {
        // Words whose vectors did not change since the last epoch keep their places exactly, and they
        // alone decide how the new layout is fitted onto the frozen frame.
        boolean[] unchanged = Pins.unchanged(data, previousData, d);
        Layout warm = fit(data, d, TsneOptions.warm(seed), previous, unchanged);
        previous = Pins.any(unchanged) ? warm : Procrustes.align(warm, frozen);
        previousData = data.clone();
        return previous;
    }
}
