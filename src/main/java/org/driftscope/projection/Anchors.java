package org.driftscope.projection;

/**
 * What holds points of a warm-started layout in place: some pinned exactly where the start has them,
 * the others pulled towards an anchor position by a spring of their own strength (the movement penalty
 * of dynamic t-SNE, Rauber et al. 2016, here per word rather than one for all).
 *
 * @param pinned per point, whether it stays exactly at its start; never null
 * @param xy anchor positions, interleaved x, y; null when no point has a spring
 * @param strength per point, the spring constant lambda in lambda |y - anchor|^2 (0: free); null with xy
 * @param pairs target screen distances for pairs of points, or null
 */
record Anchors(boolean[] pinned, double[] xy, double[] strength, PairTargets pairs) {
    Anchors(boolean[] pinned, double[] xy, double[] strength) {
        this(pinned, xy, strength, null);
    }

    Anchors {
        if ((xy == null) != (strength == null)) {
            throw new IllegalArgumentException("anchor positions and strengths come together");
        }
        if (xy != null && (xy.length != 2 * pinned.length || strength.length != pinned.length)) {
            throw new IllegalArgumentException("one anchor and one strength per point");
        }
    }

    /** Only pins (possibly none, when {@code pinned} is null), no springs. */
    static Anchors pins(boolean[] pinned, int n) {
        return new Anchors(pinned != null ? pinned : new boolean[n], null, null);
    }

    boolean pinned(int i) {
        return pinned[i];
    }

    boolean anyPinned() {
        return Pins.any(pinned);
    }

    boolean allPinned() {
        return Pins.all(pinned, pinned.length);
    }

    /** Adds the change-stress term's gradient to {@code grad}, when there is one. */
    void addPairGradient(double[] y, double[] grad) {
        if (pairs != null) {
            pairs.addGradient(y, grad, this);
        }
    }

    /** The spring's gradient for coordinate c (x or y of point c / 2). */
    double gradient(double[] y, int c) {
        return xy == null ? 0 : 2 * strength[c / 2] * (y[c] - xy[c]);
    }
}
