package org.driftscope.projection;

import java.util.SplittableRandom;
import org.driftscope.drift.Neighbours;
import org.driftscope.work.Workers;
import smile.feature.extraction.PCA;

/**
 * UMAP as umap-learn computes it, for every point: the fuzzy union of each point's 15-neighbour
 * membership (the point itself counted, as umap-learn and uwot count it), laid out from the data's first
 * two principal components, then optimised by umap-learn's stochastic gradient descent with negative
 * sampling (each epoch spread over the cores, see {@link #optimise}). Starting from PCA rather than a spectral embedding places every connected component of the
 * neighbour graph (uwot falls back to the same start when the graph falls apart, as word vectors'
 * graphs do), and needs no ARPACK. The same layout for a seed, on any number of cores.
 *
 * <p>McInnes, L., Healy, J. and Melville, J. (2018). UMAP: Uniform Manifold Approximation and
 * Projection for Dimension Reduction. arXiv:1802.03426. Kobak, D. and Linderman, G. C. (2021).
 * Initialization is critical for preserving global data structure in both t-SNE and UMAP. Nature
 * Biotechnology 39.
 */
final class Umap {
    /** Neighbours per point, itself included: 14 others. */
    static final int NEIGHBOURS = 15;
    /** umap-learn's curve 1 / (1 + a d^2b) fitted to min_dist 0.1, spread 1 (its find_ab_params). */
    private static final double A = 1.576943460405378;

    private static final double B = 0.8950608781227859;
    private static final int NEGATIVE_RATE = 5;
    /** umap-learn's bound on one gradient coordinate. */
    private static final double CLIP = 4;
    /** The start's largest coordinate, as umap-learn scales its initial layouts. */
    private static final double START_EXTENT = 10;

    private static final double START_NOISE = 1e-4;
    /** Blocks of heads per epoch of optimisation: a fixed number, so the result does not depend on the cores. */
    private static final int BLOCKS = 64;

    private Umap() {}

    /** The edges to sample, both directions of each, in order of head then tail. */
    record Graph(int n, int[] head, int[] tail, double[] epochsPerSample) {}

    /** umap-learn's epochs for a layout from scratch: 500 up to 10,000 points, 200 above. */
    static int coldEpochs(int n) {
        return n <= 10_000 ? 500 : 200;
    }

    /** A layout of every row from scratch. */
    static Layout fit(float[] data, int d, long seed, boolean cosine) {
        int n = data.length / d;
        if (n < 3) {
            throw new IllegalArgumentException("UMAP needs at least 3 words, got " + n);
        }
        int epochs = coldEpochs(n);
        Graph graph = graph(neighbours(data, d, cosine), cosine, epochs);
        double[] y = start(data, d, cosine, new SplittableRandom(seed));
        optimise(graph, y, epochs, 1, null, seed);
        return new Layout(y);
    }

    /** The {@link #NEIGHBOURS} - 1 nearest other rows (fewer for tiny inputs). */
    static Neighbours neighbours(float[] data, int d, boolean cosine) {
        int k = Math.min(NEIGHBOURS - 1, data.length / d - 1);
        return cosine ? Neighbours.of(data, d, k) : Neighbours.euclidean(data, d, k);
    }

    /** The fuzzy neighbour graph, edges lighter than 1 / epochs of the heaviest dropped (as umap-learn). */
    static Graph graph(Neighbours nn, boolean cosine, int epochs) {
        int n = nn.size();
        int k = nn.k();
        double[] member = new double[n * k];
        double target = Math.log(Math.min(NEIGHBOURS, k + 1)) / Math.log(2);
        double[] dist = new double[k];
        double total = 0;
        for (int i = 0; i < n * k; i++) {
            total += distance(nn.similarities()[i], cosine);
        }
        double meanAll = total / (n * k);
        for (int i = 0; i < n; i++) {
            double rho = 0;
            double sum = 0;
            for (int r = 0; r < k; r++) {
                dist[r] = distance(nn.similarity(i, r), cosine);
                sum += dist[r];
                if (rho == 0 && dist[r] > 0) {
                    rho = dist[r];
                }
            }
            double sigma = sigma(dist, rho, target);
            sigma = Math.max(sigma, 1e-3 * (rho > 0 ? sum / k : meanAll));
            for (int r = 0; r < k; r++) {
                double over = dist[r] - rho;
                member[i * k + r] = over <= 0 ? 1 : Math.exp(-over / sigma);
            }
        }
        return union(nn, member, epochs);
    }

    private static double distance(float similarity, boolean cosine) {
        return cosine ? Math.max(0, 1 - similarity) : Math.sqrt(Math.max(0, -similarity));
    }

    /** umap-learn's smooth_knn_dist: the bandwidth at which the memberships sum to {@code target}. */
    private static double sigma(double[] dist, double rho, double target) {
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double mid = 1;
        for (int iter = 0; iter < 64; iter++) {
            double psum = 0;
            for (double x : dist) {
                double over = x - rho;
                psum += over > 0 ? Math.exp(-over / mid) : 1;
            }
            if (Math.abs(psum - target) < 1e-5) {
                break;
            }
            if (psum > target) {
                hi = mid;
                mid = (lo + hi) / 2;
            } else {
                lo = mid;
                mid = hi == Double.POSITIVE_INFINITY ? mid * 2 : (lo + hi) / 2;
            }
        }
        return mid;
    }

    /** w_ij + w_ji - w_ij w_ji for every pair either side lists, as both directed edges. */
    private static Graph union(Neighbours nn, double[] member, int epochs) {
        int n = nn.size();
        int k = nn.k();
        int[] degree = new int[n];
        int[][] cols = new int[n][];
        double[][] vals = new double[n][];
        for (int i = 0; i < n; i++) {
            cols[i] = new int[2 * k];
            vals[i] = new double[2 * k];
        }
        // row i gathers its own memberships and, mirrored, those of rows that list i
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                int j = nn.neighbour(i, r);
                add(cols, vals, degree, i, j, member[i * k + r]);
                add(cols, vals, degree, j, i, member[i * k + r]);
            }
        }
        int edges = 0;
        double heaviest = 0;
        for (int i = 0; i < n; i++) {
            sortRow(cols[i], vals[i], degree[i]);
            int w = 0;
            for (int e = 0; e < degree[i]; e++) {
                if (w > 0 && cols[i][w - 1] == cols[i][e]) {
                    // the same pair from both sides: the fuzzy union of the two memberships
                    double a = vals[i][w - 1];
                    vals[i][w - 1] = a + vals[i][e] - a * vals[i][e];
                } else {
                    cols[i][w] = cols[i][e];
                    vals[i][w++] = vals[i][e];
                }
            }
            degree[i] = w;
            edges += w;
            for (int e = 0; e < w; e++) {
                heaviest = Math.max(heaviest, vals[i][e]);
            }
        }
        int[] head = new int[edges];
        int[] tail = new int[edges];
        double[] every = new double[edges];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < degree[i]; e++) {
                if (vals[i][e] >= heaviest / epochs) {
                    head[m] = i;
                    tail[m] = cols[i][e];
                    every[m++] = heaviest / vals[i][e];
                }
            }
        }
        return new Graph(
                n,
                java.util.Arrays.copyOf(head, m),
                java.util.Arrays.copyOf(tail, m),
                java.util.Arrays.copyOf(every, m));
    }

    private static void add(int[][] cols, double[][] vals, int[] degree, int row, int col, double value) {
        if (degree[row] == cols[row].length) {
            cols[row] = java.util.Arrays.copyOf(cols[row], 2 * degree[row]);
            vals[row] = java.util.Arrays.copyOf(vals[row], 2 * degree[row]);
        }
        cols[row][degree[row]] = col;
        vals[row][degree[row]++] = value;
    }

    /** Insertion sort of one row by column, stable, so equal columns keep the order they were added in. */
    private static void sortRow(int[] cols, double[] vals, int length) {
        for (int a = 1; a < length; a++) {
            int c = cols[a];
            double v = vals[a];
            int b = a - 1;
            while (b >= 0 && cols[b] > c) {
                cols[b + 1] = cols[b];
                vals[b + 1] = vals[b];
                b--;
            }
            cols[b + 1] = c;
            vals[b + 1] = v;
        }
    }

    /**
     * The first two principal components of the rows (unit rows when comparing by cosine), scaled so the
     * largest coordinate is {@link #START_EXTENT}, with a trace of noise so that equal rows can part.
     */
    static double[] start(float[] data, int d, boolean cosine, SplittableRandom random) {
        int n = data.length / d;
        double[][] rows = cosine ? Projector.unitRows(data, d) : new double[n][d];
        if (!cosine) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    rows[i][j] = data[i * d + j];
                }
            }
        }
        double[][] pcs = PCA.fit(rows).getProjection(2).apply(rows);
        double largest = 0;
        for (double[] p : pcs) {
            largest = Math.max(largest, Math.max(Math.abs(p[0]), Math.abs(p[1])));
        }
        double scale = largest > 0 ? START_EXTENT / largest : 1;
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            y[2 * i] = pcs[i][0] * scale + START_NOISE * random.nextGaussian();
            y[2 * i + 1] = pcs[i][1] * scale + START_NOISE * random.nextGaussian();
        }
        return y;
    }

    /**
     * umap-learn's optimize_layout_euclidean, with each epoch's work spread over the background pool yet
     * the same result on any number of cores: each edge pulls its head towards its tail as often as its
     * weight says (twice as hard as umap-learn's pull, which also moves the tail: here the reverse edge
     * moves the tail), and pushes its head away from {@link #NEGATIVE_RATE} random points each time; a
     * point's own place is updated as it goes, every other point is read as it was when the epoch began
     * (uwot's batch mode makes its parallel runs reproducible the same way), and the random points of
     * each block of heads come from a generator seeded by the seed, the epoch and the block. The rate
     * falls linearly from {@code rate} to 0. Points marked in {@code pinned} do not move.
     */
    static void optimise(Graph g, double[] y, int epochs, double rate, boolean[] pinned, long seed) {
        int m = g.head().length;
        int n = g.n();
        int[] head = g.head();
        int[] tail = g.tail();
        double[] every = g.epochsPerSample();
        int[] first = new int[n + 1];
        for (int e = 0, i = 0; i <= n; i++) {
            while (e < m && head[e] < i) {
                e++;
            }
            first[i] = e;
        }
        double[] next = every.clone();
        double[] everyNegative = new double[m];
        for (int e = 0; e < m; e++) {
            everyNegative[e] = every[e] / NEGATIVE_RATE;
        }
        double[] nextNegative = everyNegative.clone();
        double[] before = new double[y.length];
        int blocks = Math.min(BLOCKS, n);
        for (int epoch = 0; epoch < epochs; epoch++) {
            double alpha = rate * (1 - (double) epoch / epochs);
            System.arraycopy(y, 0, before, 0, y.length);
            int now = epoch;
            Workers.forEach(blocks, b -> {
                SplittableRandom random = new SplittableRandom(mix(mix(seed) + now) + b);
                int from = first[(int) ((long) b * n / blocks)];
                int to = first[(int) ((long) (b + 1) * n / blocks)];
                for (int e = from; e < to; e++) {
                    if (next[e] <= now) {
                        next[e] += every[e];
                        int negatives = (int) ((now - nextNegative[e]) / everyNegative[e]);
                        nextNegative[e] += negatives * everyNegative[e];
                        if (pinned == null || !pinned[head[e]]) {
                            sample(y, before, head[e], tail[e], negatives, alpha, n, random);
                        }
                    }
                }
            });
        }
    }

    /** One edge's pull and its negative samples, moving only its head {@code j}. */
    private static void sample(
            double[] y, double[] before, int j, int k, int negatives, double alpha, int n, SplittableRandom random) {
        double dx = y[2 * j] - before[2 * k];
        double dy = y[2 * j + 1] - before[2 * k + 1];
        double d2 = dx * dx + dy * dy;
        if (d2 > 0) {
            double powB = Math.pow(d2, B);
            double coeff = -2 * A * B * (powB / d2) / (A * powB + 1);
            y[2 * j] += 2 * clip(coeff * dx) * alpha;
            y[2 * j + 1] += 2 * clip(coeff * dy) * alpha;
        }
        for (int s = 0; s < negatives; s++) {
            int o = random.nextInt(n);
            if (o == j) {
                continue;
            }
            double ox = y[2 * j] - before[2 * o];
            double oy = y[2 * j + 1] - before[2 * o + 1];
            double o2 = ox * ox + oy * oy;
            if (o2 > 0) {
                double coeff = 2 * B / ((0.001 + o2) * (A * Math.pow(o2, B) + 1));
                y[2 * j] += clip(coeff * ox) * alpha;
                y[2 * j + 1] += clip(coeff * oy) * alpha;
            } else {
                y[2 * j] += CLIP * alpha;
                y[2 * j + 1] += CLIP * alpha;
            }
        }
    }

    /** splitmix64's finaliser: seeds for neighbouring epochs and blocks that share nothing. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static double clip(double v) {
        return Math.max(-CLIP, Math.min(CLIP, v));
    }
}
