package org.driftscope.projection;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.driftscope.drift.Neighbours;

/**
 * How far a pair of layouts (frozen, tuned) can be trusted to show the change between two sets of the
 * same words' vectors: does what moved on screen move in vector space, and is what moved seen? Four
 * numbers, each computed from the vectors and the coordinates alone, so they hold for any projection.
 *
 * <ul>
 *   <li><b>false motion</b>: the 95th percentile of the screen move of the words whose 10 nearest
 *       neighbours did not change and whose cosine displacement is at or below the median, each
 *       layout's coordinates divided by its own extent. Lower is better; 0 when no such word exists.
 *   <li><b>neighbourhood fidelity</b>: the Pearson correlation, over the words, between how much a
 *       word's 10 nearest neighbours changed in vector space (1 - shared / 10) and how much its 10
 *       nearest on screen changed.
 *   <li><b>pair fidelity</b>: the Pearson correlation, over pairs of words, between the change of their
 *       cosine distance and the change of their screen distance (divided by the layout's extent). Every
 *       pair up to {@value #ALL_PAIRS_UP_TO} words, a fixed random sample of {@value #SAMPLED_PAIRS} pairs
 *       above.
 *   <li><b>preservation</b>: the mean share of each word's 10 nearest neighbours in the tuned vectors
 *       that are also its 10 nearest in the tuned layout.
 * </ul>
 *
 * A correlation is NaN where one side does not vary (nothing changed, or nothing moved): there is
 * nothing to correlate, which the app shows as "n/a".
 *
 * @param falseMotion share of the extent, in [0, 1.5]
 * @param neighbourhood Pearson r in [-1, 1], or NaN
 * @param pairs Pearson r in [-1, 1], or NaN
 * @param preservation share in [0, 1]
 */
public record Fidelity(double falseMotion, double neighbourhood, double pairs, double preservation) {
    /** Neighbours compared per word. */
    public static final int K = 10;

    static final int ALL_PAIRS_UP_TO = 2000;
    /**
     * Displacements this close count as equal: an unchanged vector's displacement is 0 only up to
     * rounding (1e-16), which must not decide whether it is at or below the median.
     */
    static final double ROUNDING = 1e-9;

    static final int SAMPLED_PAIRS = 2_000_000;

    /** The measures of a layout pair that shows no change: the frozen layout beside itself. */
    public static final Fidelity UNCHANGED = new Fidelity(0, Double.NaN, Double.NaN, Double.NaN);

    /**
     * @param frozen the frozen vectors, row-major {@code n x d}
     * @param tuned the tuned vectors, same shape
     * @param frozenLayout the frozen vectors' layout
     * @param tunedLayout the tuned vectors' layout
     */
    public static Fidelity of(float[] frozen, float[] tuned, int d, Layout frozenLayout, Layout tunedLayout) {
        return of(frozen, tuned, d, frozenLayout, tunedLayout, null, null);
    }

    /**
     * As {@link #of(float[], float[], int, Layout, Layout)}, reusing the vectors' {@value #K} nearest
     * neighbours where the caller has them already (the drift analysis finds the same lists).
     *
     * @param before the frozen vectors' neighbours with k = {@value #K}, or null to find them
     * @param after the tuned vectors' neighbours with k = {@value #K}, or null to find them
     */
    public static Fidelity of(
            float[] frozen,
            float[] tuned,
            int d,
            Layout frozenLayout,
            Layout tunedLayout,
            Neighbours before,
            Neighbours after) {
        int n = frozenLayout.size();
        if (frozen.length != n * d || tuned.length != n * d || tunedLayout.size() != n) {
            throw new IllegalArgumentException("vectors and layouts must describe the same " + n + " words");
        }
        if (n <= K + 1) {
            return new Fidelity(0, Double.NaN, Double.NaN, 1);
        }
        before = usable(before, n) ? before : Neighbours.of(frozen, d, K);
        after = usable(after, n) ? after : Neighbours.of(tuned, d, K);
        Neighbours screenBefore = PlaneNeighbours.of(frozenLayout.xy(), K);
        Neighbours screenAfter = PlaneNeighbours.of(tunedLayout.xy(), K);
        double[] vectorChange = new double[n];
        double[] screenChange = new double[n];
        double preserved = 0;
        for (int i = 0; i < n; i++) {
            vectorChange[i] = 1 - (double) Neighbours.shared(before.of(i), after.of(i)) / K;
            screenChange[i] = 1 - (double) Neighbours.shared(screenBefore.of(i), screenAfter.of(i)) / K;
            preserved += (double) Neighbours.shared(after.of(i), screenAfter.of(i)) / K;
        }
        double[] unitFrozen = unit(frozen, d);
        double[] unitTuned = unit(tuned, d);
        double extentBefore = positive(frozenLayout.extent());
        double extentAfter = positive(tunedLayout.extent());
        return new Fidelity(
                falseMotion(
                        unitFrozen, unitTuned, d, vectorChange, frozenLayout, tunedLayout, extentBefore, extentAfter),
                pearson(vectorChange, screenChange),
                pairFidelity(unitFrozen, unitTuned, d, frozenLayout, tunedLayout, extentBefore, extentAfter),
                preserved / n);
    }

    private static boolean usable(Neighbours given, int n) {
        return given != null && given.k() == K && given.size() == n;
    }

    /** Per row, the cosine distance between two sets of unit rows: 1 - a_i . b_i. */
    static double[] displacement(double[] unitA, double[] unitB, int d) {
        double[] out = new double[unitA.length / d];
        for (int i = 0; i < out.length; i++) {
            out[i] = 1 - dot(unitA, i, unitB, i, d);
        }
        return out;
    }

    private static double falseMotion(
            double[] frozen,
            double[] tuned,
            int d,
            double[] vectorChange,
            Layout a,
            Layout b,
            double extentA,
            double extentB) {
        int n = a.size();
        double[] displacement = displacement(frozen, tuned, d);
        double median = percentile(displacement.clone(), 0.5);
        double[] moves = new double[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (vectorChange[i] == 0 && displacement[i] <= median + ROUNDING) {
                moves[count++] = Math.hypot(b.x(i) / extentB - a.x(i) / extentA, b.y(i) / extentB - a.y(i) / extentA);
            }
        }
        return count == 0 ? 0 : percentile(Arrays.copyOf(moves, count), 0.95);
    }

    private static double pairFidelity(
            double[] frozen, double[] tuned, int d, Layout a, Layout b, double extentA, double extentB) {
        int n = a.size();
        var sums = new Correlation();
        if (n <= ALL_PAIRS_UP_TO) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    addPair(sums, frozen, tuned, d, a, b, extentA, extentB, i, j);
                }
            }
        } else {
            // A fixed seed: the same vectors and layouts always give the same figure.
            SplittableRandom random = new SplittableRandom(0x5EEDL);
            for (int s = 0; s < SAMPLED_PAIRS; s++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n - 1);
                addPair(sums, frozen, tuned, d, a, b, extentA, extentB, i, j >= i ? j + 1 : j);
            }
        }
        return sums.r();
    }

    private static void addPair(
            Correlation sums,
            double[] frozen,
            double[] tuned,
            int d,
            Layout a,
            Layout b,
            double extentA,
            double extentB,
            int i,
            int j) {
        double cosineChange = dot(frozen, i, frozen, j, d) - dot(tuned, i, tuned, j, d);
        double screenChange = Math.hypot(b.x(i) - b.x(j), b.y(i) - b.y(j)) / extentB
                - Math.hypot(a.x(i) - a.x(j), a.y(i) - a.y(j)) / extentA;
        sums.add(cosineChange, screenChange);
    }

    /** Pearson's r of two equally long series; NaN where either does not vary. */
    static double pearson(double[] x, double[] y) {
        var sums = new Correlation();
        for (int i = 0; i < x.length; i++) {
            sums.add(x[i], y[i]);
        }
        return sums.r();
    }

    /** Running sums for Pearson's r, shifted by the first values to keep the sums well conditioned. */
    private static final class Correlation {
        private long count;
        private double x0, y0, sx, sy, sxx, syy, sxy;

        void add(double x, double y) {
            if (count == 0) {
                x0 = x;
                y0 = y;
            }
            double dx = x - x0;
            double dy = y - y0;
            count++;
            sx += dx;
            sy += dy;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }

        double r() {
            double vx = sxx - sx * sx / count;
            double vy = syy - sy * sy / count;
            double cov = sxy - sx * sy / count;
            // below this the variance is rounding noise: the series are constant
            double tiny = 1e-18 * count;
            return vx <= tiny || vy <= tiny ? Double.NaN : Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
        }
    }

    static double percentile(double[] values, double q) {
        Arrays.sort(values);
        if (values.length == 0) {
            return Double.NaN;
        }
        double rank = q * (values.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(values.length - 1, lo + 1);
        return values[lo] + (rank - lo) * (values[hi] - values[lo]);
    }

    private static double dot(double[] a, int i, double[] b, int j, int d) {
        double s = 0;
        for (int c = 0; c < d; c++) {
            s += a[i * d + c] * b[j * d + c];
        }
        return s;
    }

    /** Rows scaled to unit length (zero rows stay zero), row-major. */
    static double[] unit(float[] data, int d) {
        double[] out = new double[data.length];
        for (int i = 0; i < data.length / d; i++) {
            double norm = 0;
            for (int c = 0; c < d; c++) {
                norm += (double) data[i * d + c] * data[i * d + c];
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int c = 0; c < d; c++) {
                out[i * d + c] = data[i * d + c] * scale;
            }
        }
        return out;
    }

    private static double positive(double extent) {
        return extent > 0 ? extent : 1;
    }
}
