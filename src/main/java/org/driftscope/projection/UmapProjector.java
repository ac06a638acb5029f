package org.driftscope.projection;

import org.driftscope.drift.Neighbours;

/**
 * UMAP of every word ({@link Umap}): the frozen layout from scratch, then each epoch warm-started from
 * the previous one under the rules the t-SNE projector follows (docs/decisions/0016, {@link Settling}):
 * words whose vectors did not change, and words that kept their 10 nearest neighbours and moved no more
 * than the median word, stay exactly at their frozen places; a word that lost more than half of its
 * neighbours since the previous epoch restarts among its new ones; the others are moved by
 * {@value #WARM_EPOCHS} epochs of UMAP's optimisation on the tuned vectors' graph at a quarter of the
 * cold rate (as umap-learn's transform does for new points), and kept inside the frozen layout's frame;
 * last, the words that kept their 10 nearest in vector space get their 10 nearest on screen back.
 */
final class UmapProjector implements Projector {
    static final int WARM_EPOCHS = 100;
    private static final double WARM_RATE = 0.25;
    private static final int K = Fidelity.K;

    private final long seed;
    private Layout frozen;
    private float[] frozenData;
    private double[] frozenUnit;
    private Neighbours frozenNeighbours;
    private Layout previous;
    private Neighbours previousNeighbours;

    UmapProjector(long seed) {
        this.seed = seed;
    }

    @Override
    public Layout frozen(float[] data, int d) {
        return frozen(data, d, Umap.fit(data, d, seed, true));
    }

    @Override
    public Layout frozen(float[] data, int d, Layout known) {
        frozen = known;
        previous = known;
        frozenData = data.clone();
        frozenUnit = Fidelity.unit(data, d);
        frozenNeighbours = data.length / d > K + 1 ? Neighbours.of(data, d, K) : null;
        previousNeighbours = frozenNeighbours;
        return known;
    }

    @Override
    public Layout next(float[] data, int d) {
        int n = data.length / d;
        boolean[] pinned = Pins.unchanged(data, frozenData, d);
        if (Pins.all(pinned, n)) {
            return previous = frozen;
        }
        Neighbours nn = Umap.neighbours(data, d, true);
        Umap.Graph graph = Umap.graph(nn, true, WARM_EPOCHS);
        double[] y;
        Neighbours now = null;
        double[] displacement = null;
        if (frozenNeighbours == null) {
            y = previous.xy();
        } else {
            now = nn.nearest(K);
            displacement = Fidelity.displacement(frozenUnit, Fidelity.unit(data, d), d);
            Settling.pin(pinned, frozenNeighbours, now, displacement);
            y = Settling.start(previous, frozen, pinned, previousNeighbours, now);
        }
        Umap.optimise(graph, y, WARM_EPOCHS, WARM_RATE, pinned, seed);
        Layout warm = new Layout(y);
        previous = Pins.any(pinned)
                ? Settling.settle(warm, frozen, pinned, frozenNeighbours, now, displacement)
                : Procrustes.align(warm, frozen);
        previousNeighbours = now;
        return previous;
    }
}
