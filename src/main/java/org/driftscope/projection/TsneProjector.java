package org.driftscope.projection;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.driftscope.drift.Neighbours;

/**
 * t-SNE: the frozen layout from scratch; each epoch's tuned layout made so that screen motion follows
 * the change in vector space and nothing else (docs/decisions/0016). For every epoch, against the
 * frozen vectors:
 *
 * <ul>
 *   <li>a word that kept its 10 nearest neighbours and moved no more than the median word (by cosine
 *       displacement) stays exactly at its frozen place, as does every word whose vector is unchanged;
 *   <li>every other word is tied to its frozen place by a weak spring, weaker the more neighbours it
 *       lost ({@link #SPRING} x (kept / 10)^2);
 *   <li>every pair of words is asked to change its screen distance by as much as its cosine distance
 *       changed, in the frozen layout's own units ({@link #SLOPE} x the least-squares screen units per
 *       unit of cosine distance): the change-stress term, weight {@link #STRESS};
 *   <li>a word that lost more than half of the neighbours it had at the previous epoch restarts at the
 *       median place of its new neighbours (as openTSNE places new points), since gradient descent alone
 *       would not carry it across the empty space between clusters;
 *   <li>then t-SNE of the tuned vectors, warm and without exaggeration, moves the free words, and those
 *       pushed past the frozen layout's bounding box are put back on its edge (both panels share that
 *       frame, so one word outside it would shrink the whole picture);
 *   <li>last, a word that kept its 10 nearest neighbours in vector space gets its 10 nearest on screen
 *       back ({@link KeptNeighbourhoods}), up to {@link KeptNeighbourhoods#UP_TO} words.
 * </ul>
 *
 * The exact gradient below {@link #BARNES_HUT_FROM} words, Barnes-Hut from there on; every pair takes
 * part in the change-stress term up to {@link Fidelity#ALL_PAIRS_UP_TO} words, above that each word's
 * 10 frozen and 10 tuned neighbours and {@value #RANDOM_PARTNERS} random others.
 *
 * <p>Rauber, P. E. et al. (2016). Visualizing time-dependent data using dynamic t-SNE. EuroVis.
 * Poličar, P. G. et al. (2019). openTSNE: a modular Python library for t-SNE dimensionality reduction.
 * Kruskal, J. B. (1964). Multidimensional scaling by optimizing goodness of fit. Psychometrika 29.
 */
final class TsneProjector implements Projector {
    static final int BARNES_HUT_FROM = 500;
    private static final int K = Fidelity.K;
    /** A word's spring when it kept all its neighbours, in units of 1 / n (a point's share of attraction). */
    static final double SPRING = 0.1;
    /**
     * The change-stress weight, in units of 1 / n. Above about 0.06 the explicit gradient steps of the
     * exact path become unstable (measured: the layout blows up at 0.07), so 0.03 keeps a margin.
     */
    static final double STRESS = 0.03;
    /** Learning rate x the change-stress term's stiffness per word: 2 x 0.03 x 50, as measured stable. */
    static final double STIFFNESS = 3;
    /** Screen change asked per unit of cosine change, as a multiple of the frozen layout's own slope. */
    static final double SLOPE = 2;

    private static final int RANDOM_PARTNERS = 30;

    private final long seed;
    private Layout frozen;
    private float[] frozenData;
    private double[] frozenUnit;
    private Neighbours frozenNeighbours;
    /** Screen units per unit of cosine distance in the frozen layout; 0 until the first epoch needs it. */
    private double slope;

    private Layout previous;
    private Neighbours previousNeighbours;

    TsneProjector(long seed) {
        this.seed = seed;
    }

    private static Layout fit(float[] data, int d, TsneOptions options, Layout start, Anchors anchors) {
        return fit(data, d, options, start, anchors, null);
    }

    /** @param known the Barnes-Hut path's input neighbours if already found, else {@code null} */
    private static Layout fit(
            float[] data, int d, TsneOptions options, Layout start, Anchors anchors, Neighbours known) {
        return data.length / d < BARNES_HUT_FROM
                ? ExactTsne.fit(data, d, options, start, anchors)
                : BarnesHutTsne.fit(data, d, options, start, true, anchors, known);
    }

    @Override
    public Layout frozen(float[] data, int d) {
        int n = data.length / d;
        return frozen(data, d, fit(data, d, TsneOptions.cold(seed), null, Anchors.pins(null, n)));
    }

    @Override
    public Layout frozen(float[] data, int d, Layout known) {
        frozen = known;
        previous = known;
        frozenData = data.clone();
        frozenUnit = Fidelity.unit(data, d);
        int n = data.length / d;
        frozenNeighbours = n > K + 1 ? Neighbours.of(data, d, K) : null;
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
        if (frozenNeighbours == null) {
            Layout warm = fit(data, d, TsneOptions.warm(seed), previous, Anchors.pins(pinned, n));
            return previous = Pins.any(pinned) ? warm : Procrustes.align(warm, frozen);
        }
        // above the exact path's sizes the t-SNE needs a wider search of the same vectors: one does for both
        TsneOptions options = TsneOptions.warm(seed);
        Neighbours wide =
                n >= BARNES_HUT_FROM ? Neighbours.of(data, d, BarnesHutTsne.neighbourCount(n, options)) : null;
        Neighbours now = wide != null ? wide.nearest(K) : Neighbours.of(data, d, K);
        double[] tunedUnit = Fidelity.unit(data, d);
        double[] displacement = Fidelity.displacement(frozenUnit, tunedUnit, d);
        int[] kept = Settling.pin(pinned, frozenNeighbours, now, displacement);
        double[] strength = new double[n];
        for (int i = 0; i < n; i++) {
            double share = (double) kept[i] / K;
            strength[i] = SPRING * share * share / n;
        }
        double[] anchor = frozen.xy();
        double[] restart = Settling.start(previous, frozen, pinned, previousNeighbours, now);
        int[][] partners = partners(now);
        if (slope == 0) {
            slope = PairTargets.slope(frozenUnit, d, frozen, partners);
        }
        PairTargets pairs = PairTargets.of(frozenUnit, tunedUnit, d, frozen, partners, SLOPE * slope, stress(n));
        Anchors anchors = new Anchors(pinned, anchor, strength, pairs);
        Layout warm = fit(data, d, options, new Layout(restart), anchors, wide);
        previous = Pins.any(pinned)
                ? Settling.settle(warm, frozen, pinned, frozenNeighbours, now, displacement)
                : Procrustes.align(warm, frozen);
        previousNeighbours = now;
        return previous;
    }

    /**
     * The change-stress weight for n words: {@link #STRESS} / n, but never so stiff that one gradient
     * step overshoots. Each word feels the term with a stiffness of about 2 x weight x n, and a step
     * multiplies it by the learning rate, n / 12 from 600 words on: at 3,000 words 0.03 / n made that
     * product 15 and tore the layout apart (10-NN kept 0.06), so the product is held at
     * {@link #STIFFNESS}, what the exact path has at its rate of 50.
     */
    static double stress(int n) {
        double eta = ExactTsne.learningRate(TsneOptions.warm(0), n);
        return Math.min(STRESS / n, STIFFNESS / (2 * n * eta));
    }

    /** Pairs for the change-stress term: all of them for small layouts, a fixed sample for large ones. */
    private int[][] partners(Neighbours now) {
        int n = frozen.size();
        int[][] partners = new int[n][];
        if (n <= Fidelity.ALL_PAIRS_UP_TO) {
            for (int i = 0; i < n; i++) {
                partners[i] = IntStream.range(i + 1, n).toArray();
            }
            return partners;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int[] p = new int[2 * K + RANDOM_PARTNERS];
            System.arraycopy(frozenNeighbours.of(i), 0, p, 0, K);
            System.arraycopy(now.of(i), 0, p, K, K);
            for (int r = 2 * K; r < p.length; r++) {
                p[r] = random.nextInt(n);
            }
            partners[i] = p;
        }
        return partners;
    }
}
