package org.driftscope.projection;

import java.util.Arrays;
import org.driftscope.drift.Neighbours;
import org.driftscope.work.Workers;

/**
 * t-SNE in O(n log n) per step: input affinities only between each point and its 3 x perplexity nearest
 * neighbours (found with one blocked matrix multiply), repulsion approximated with a quadtree
 * (Barnes-Hut; theta 0.5 from 5,000 points, finer below, see {@link #theta(int)}; the tree is walked
 * once per group of nearby points, {@link MortonTree}). Multithreaded over points, deterministic for a
 * seed (every sum is taken in a fixed order), and able to continue from a given layout without early
 * exaggeration.
 *
 * <p>van der Maaten, L. (2014). Accelerating t-SNE using Tree-Based Algorithms. JMLR 15. Learning rate
 * n / 12 after Belkina, A. et al. (2019), Nature Communications 10.
 */
public final class BarnesHutTsne {
    /** Barnes-Hut's accuracy: a cell this wide for its distance counts as one point. */
    private static final double THETA = 0.5;
    /** Points from which {@link #THETA} is used as it is. */
    private static final int COARSE_FROM = 5000;

    private static final double MIN_GAIN = 0.01;
    /** Points per parallel task in a gradient step. */
    private static final int CHUNK = 128;

    private BarnesHutTsne() {}

    /**
     * @param data row-major vectors, {@code n * d}
     * @param cosine compare rows by cosine (word vectors) rather than Euclidean distance
     * @param start the layout to start from, or {@code null} for a small random one
     */
    public static Layout fit(float[] data, int d, TsneOptions options, Layout start, boolean cosine) {
        return fit(data, d, options, start, cosine, (boolean[]) null);
    }

    /**
     * As {@link #fit(float[], int, TsneOptions, Layout, boolean)}, keeping the points marked in
     * {@code pinned} exactly where {@code start} has them (and not re-centring).
     */
    public static Layout fit(float[] data, int d, TsneOptions options, Layout start, boolean cosine, boolean[] pinned) {
        return fit(data, d, options, start, cosine, Anchors.pins(pinned, data.length / d));
    }

    static Layout fit(float[] data, int d, TsneOptions options, Layout start, boolean cosine, Anchors anchors) {
        return fit(data, d, options, start, cosine, anchors, null);
    }

    /**
     * As above, with the rows' input neighbours already found ({@code null}: find them): exactly
     * {@link #neighbourCount(int, TsneOptions)} of them, by the same distance, for a caller that needs
     * them too and would otherwise search twice.
     */
    static Layout fit(
            float[] data, int d, TsneOptions options, Layout start, boolean cosine, Anchors anchors, Neighbours known) {
        int n = data.length / d;
        if (n < 4) {
            return ExactTsne.fit(data, d, options, start, anchors);
        }
        double perplexity = Math.min(options.perplexity(), (n - 1) / 3.0);
        int k = neighbourCount(n, options);
        if (known != null && known.k() != k) {
            throw new IllegalArgumentException("expected " + k + " neighbours a row, got " + known.k());
        }
        Neighbours nn = known != null ? known : cosine ? Neighbours.of(data, d, k) : Neighbours.euclidean(data, d, k);
        Sparse p = affinities(nn, n, k, perplexity, cosine);
        double[] y = start != null ? start.xy() : ExactTsne.randomStart(n, options.seed());
        optimise(p, y, n, options, ExactTsne.learningRate(options, n), start != null, anchors);
        return new Layout(y);
    }

    /** How many input neighbours a row's affinities are taken over for n points: 3 x perplexity. */
    static int neighbourCount(int n, TsneOptions options) {
        double perplexity = Math.min(options.perplexity(), (n - 1) / 3.0);
        return Math.min(n - 1, (int) (3 * perplexity));
    }

    /**
     * The opening angle for n points: 0.5 from 5,000 points, narrowing as the square root of n below, to
     * 0.25 at 1,250 and fewer. Small layouts can afford finer repulsion; at 1,000 points 0.5 cost 0.008 of
     * 10-NN preservation against scikit-learn (docs/BENCHMARKS.md), and 0.25 costs well under a second.
     */
    static double theta(int n) {
        return Math.max(THETA / 2, Math.min(THETA, THETA * Math.sqrt((double) n / COARSE_FROM)));
    }

    /** Symmetric joint probabilities in compressed rows. */
    private record Sparse(int[] rowStart, int[] columns, double[] values) {}

    private static Sparse affinities(Neighbours nn, int n, int k, double perplexity, boolean cosine) {
        double[] cond = new double[n * k];
        double target = Math.log(perplexity);
        Workers.forEach(n, i -> {
            double[] dist = new double[k];
            for (int r = 0; r < k; r++) {
                double s = nn.similarity(i, r);
                dist[r] = cosine ? Math.max(0, 2 - 2 * s) : -s;
            }
            Perplexity.calibrate(dist, 0, cond, i * k, k, -1, target);
        });
        // symmetrise: P_ij = (p_j|i + p_i|j) / 2n, gathered per row then merged
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                counts[i]++;
                counts[nn.neighbour(i, r)]++;
            }
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + counts[i];
        }
        int[] cols = new int[start[n]];
        double[] vals = new double[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                int j = nn.neighbour(i, r);
                double v = cond[i * k + r] / (2.0 * n);
                cols[fill[i]] = j;
                vals[fill[i]++] = v;
                cols[fill[j]] = i;
                vals[fill[j]++] = v;
            }
        }
        return merge(start, cols, vals, n);
    }

    /** Sums duplicate (i, j) entries so each pair appears once per row. */
    private static Sparse merge(int[] start, int[] cols, double[] vals, int n) {
        int[] outStart = new int[n + 1];
        int[] outCols = new int[cols.length];
        double[] outVals = new double[cols.length];
        int w = 0;
        for (int i = 0; i < n; i++) {
            outStart[i] = w;
            // by column, then by position, so equal columns are summed in the order they were gathered
            long[] order = new long[start[i + 1] - start[i]];
            for (int e = start[i]; e < start[i + 1]; e++) {
                order[e - start[i]] = ((long) cols[e] << 32) | e;
            }
            Arrays.sort(order);
            for (long key : order) {
                int e = (int) key;
                if (w > outStart[i] && outCols[w - 1] == cols[e]) {
                    outVals[w - 1] += vals[e];
                } else {
                    outCols[w] = cols[e];
                    outVals[w++] = vals[e];
                }
            }
        }
        outStart[n] = w;
        return new Sparse(outStart, Arrays.copyOf(outCols, w), Arrays.copyOf(outVals, w));
    }

    /** Point i's attraction towards its input neighbours, into {@code out[2i], out[2i + 1]}. */
    private static void attract(Sparse p, double[] y, int i, double[] out) {
        double ax = 0;
        double ay = 0;
        int[] columns = p.columns();
        double[] values = p.values();
        double xi = y[2 * i];
        double yi = y[2 * i + 1];
        for (int e = p.rowStart()[i], end = p.rowStart()[i + 1]; e < end; e++) {
            int j = columns[e];
            double dx = xi - y[2 * j];
            double dy = yi - y[2 * j + 1];
            double q = values[e] / (1 + dx * dx + dy * dy);
            ax += q * dx;
            ay += q * dy;
        }
        out[2 * i] = ax;
        out[2 * i + 1] = ay;
    }

    private static void optimise(
            Sparse p, double[] y, int n, TsneOptions options, double eta, boolean warm, Anchors anchors) {
        if (anchors.allPinned()) {
            return;
        }
        double[] update = new double[2 * n];
        double[] gains = new double[2 * n];
        Arrays.fill(gains, 1);
        double[] attract = new double[2 * n];
        double[] repel = new double[2 * n];
        double[] zParts = new double[n];
        double[] stress = new double[2 * n];
        double theta = theta(n);
        MortonTree tree = new MortonTree(y, n);
        for (int iter = 0; iter < options.iterations(); iter++) {
            double exaggeration = iter < options.exaggerationIterations() ? options.exaggeration() : 1;
            double momentum = warm || iter >= 250 ? 0.8 : 0.5;
            tree.rebuild();
            tree.repulseAll(theta, repel, zParts);
            // in index order, so each task reads its rows of P from one stretch of memory
            Workers.forEach((n + CHUNK - 1) / CHUNK, chunk -> {
                for (int i = chunk * CHUNK; i < Math.min(n, (chunk + 1) * CHUNK); i++) {
                    attract(p, y, i, attract);
                }
            });
            if (anchors.pairs() != null) {
                Arrays.fill(stress, 0);
                anchors.addPairGradient(y, stress);
            }
            double z = 0;
            for (double part : zParts) {
                z += part;
            }
            for (int c = 0; c < 2 * n; c++) {
                if (anchors.pinned(c / 2)) {
                    continue;
                }
                double grad = 4 * (exaggeration * attract[c] - repel[c] / z) + anchors.gradient(y, c) + stress[c];
                boolean sameSign = (grad > 0) == (update[c] > 0);
                gains[c] = Math.max(MIN_GAIN, sameSign ? gains[c] * 0.8 : gains[c] + 0.2);
                update[c] = momentum * update[c] - eta * gains[c] * grad;
                y[c] += update[c];
            }
        }
        if (anchors.anyPinned() || anchors.xy() != null) {
            return;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += y[2 * i];
            my += y[2 * i + 1];
        }
        for (int i = 0; i < n; i++) {
            y[2 * i] -= mx / n;
            y[2 * i + 1] -= my / n;
        }
    }
}
