package org.driftscope.projection;

/** t-SNE: the frozen layout from scratch; each epoch warm-started from the last, then aligned onto it. */
final class TsneProjector implements Projector {
    private final long seed;
    private Layout frozen;
    private Layout previous;

    TsneProjector(long seed) {
        this.seed = seed;
    }

    @Override
    public Layout frozen(float[] data, int d) {
        frozen = ExactTsne.fit(data, d, TsneOptions.cold(seed), null);
        previous = frozen;
        return frozen;
    }

    @Override
    public Layout next(float[] data, int d) {
        Layout warm = ExactTsne.fit(data, d, TsneOptions.warm(seed), previous);
        previous = Procrustes.align(warm, frozen);
        return previous;
    }
}
