package org.driftscope.projection;

import java.util.Arrays;
import org.driftscope.work.Workers;

/**
 * A quadtree over a 2-D layout for the Barnes-Hut approximation of t-SNE's repulsion, laid out flat for
 * speed: the points sorted along a Z-order (Morton) curve, so that every cell holds a contiguous run of
 * them, and the cells in depth-first order in a few primitive arrays, each cell followed by its
 * children and knowing where its subtree ends, so a walk is one loop without recursion or pointers.
 * Cells with a single non-empty child are skipped (the child answers the same questions more
 * precisely). A cell of at most {@link #LEAF} points, or at the deepest level, is a leaf: when it is too
 * near to count as one body, its points are summed one by one. Built afresh each iteration; read
 * concurrently.
 */
final class MortonTree {
    /** Bits per axis of the curve: cells down to 1 / 2^20 of the layout's side. */
    private static final int LEVELS = 20;

    private static final int INDEX_BITS = 63 - 2 * LEVELS;
    /** Bits the radix sort takes a pass: 4 passes over the curve's 40 bits. */
    private static final int DIGIT = 10;

    /** Per cell: centre of mass x, y, squared side, number of points. */
    private double[] cells;
    /** Per cell: the cell after its subtree, and for a leaf its first position in {@link #order}, else -1. */
    private int[] links;

    private int size;
    /**
     * Points walked together: the largest cells of at most this many. At 10,000 benchmark points 32 and
     * 64 took the same time, 64 with the smaller error (docs/decisions/0024).
     */
    private static final int GROUP = 64;

    /**
     * Points a leaf holds at most (more where they share the deepest cell). A walk that reaches a leaf
     * near its group takes its points one by one, as a walk to single-point leaves would, in fewer steps;
     * at 10,000 and 50,000 benchmark points 8 was quicker than 1, 2 and 4 (docs/decisions/0024).
     */
    private static final int LEAF = 8;

    private boolean grouping;
    private int groups;
    /** Group g holds positions [groupStarts[g], groupStarts[g + 1]) (groups are consecutive). */
    private int[] groupStarts = new int[64];
    /** The side of the square around the layout. */
    private double side;

    private final int[] order;
    /** The points' coordinates in curve order: position p is point {@code order[p]}. */
    private final double[] sortedX;

    private final double[] sortedY;
    private final double[] y;
    private final int n;
    private final long[] keys;
    private final long[] spare;
    private final int[] buckets = new int[1 << DIGIT];

    /** A tree over the n points of {@code y}, empty until {@link #rebuild()}. */
    MortonTree(double[] y, int n) {
        if (n >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("too many points for one layout: " + n);
        }
        this.y = y;
        this.n = n;
        this.order = new int[n];
        this.sortedX = new double[n];
        this.sortedY = new double[n];
        this.keys = new long[n];
        this.spare = new long[n];
        this.cells = new double[4 * Math.max(16, 2 * n)];
        this.links = new int[2 * Math.max(16, 2 * n)];
    }

    static MortonTree build(double[] y, int n) {
        MortonTree tree = new MortonTree(y, n);
        tree.rebuild();
        return tree;
    }

    /** Builds the tree afresh over the points' current places, reusing its arrays. */
    void rebuild() {
        size = 0;
        groups = 0;
        sort();
        if (n > 0) {
            cell(0, n, 0, side);
        }
    }

    private void sort() {
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, y[2 * i]);
            maxX = Math.max(maxX, y[2 * i]);
            minY = Math.min(minY, y[2 * i + 1]);
            maxY = Math.max(maxY, y[2 * i + 1]);
        }
        side = Math.max(maxX - minX, maxY - minY) + 2e-5;
        double x0 = (minX + maxX - side) / 2;
        double y0 = (minY + maxY - side) / 2;
        double scale = (1 << LEVELS) / side;
        int top = (1 << LEVELS) - 1;
        for (int i = 0; i < n; i++) {
            int qx = Math.min(top, Math.max(0, (int) ((y[2 * i] - x0) * scale)));
            int qy = Math.min(top, Math.max(0, (int) ((y[2 * i + 1] - y0) * scale)));
            keys[i] = (interleave(qx) | interleave(qy) << 1) << INDEX_BITS | i;
        }
        radixSort();
        long mask = (1L << INDEX_BITS) - 1;
        for (int p = 0; p < n; p++) {
            order[p] = (int) (keys[p] & mask);
            sortedX[p] = y[2 * order[p]];
            sortedY[p] = y[2 * order[p] + 1];
        }
    }

    /**
     * Sorts {@link #keys} by their curve positions, least significant digit first: stable, and the keys
     * start in index order, so ties keep it, as a sort of the whole keys would.
     */
    private void radixSort() {
        long[] from = keys;
        long[] to = spare;
        for (int shift = INDEX_BITS; shift < INDEX_BITS + 2 * LEVELS; shift += DIGIT) {
            Arrays.fill(buckets, 0);
            for (int p = 0; p < n; p++) {
                buckets[(int) (from[p] >>> shift) & (buckets.length - 1)]++;
            }
            int sum = 0;
            for (int b = 0; b < buckets.length; b++) {
                int count = buckets[b];
                buckets[b] = sum;
                sum += count;
            }
            for (int p = 0; p < n; p++) {
                to[buckets[(int) (from[p] >>> shift) & (buckets.length - 1)]++] = from[p];
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != keys) {
            System.arraycopy(from, 0, keys, 0, n);
        }
    }

    /** Spreads the bits of v to the even positions of a long. */
    private static long interleave(int v) {
        long x = v & 0xFFFFFFFFL;
        x = (x | x << 16) & 0x0000FFFF0000FFFFL;
        x = (x | x << 8) & 0x00FF00FF00FF00FFL;
        x = (x | x << 4) & 0x0F0F0F0F0F0F0F0FL;
        x = (x | x << 2) & 0x3333333333333333L;
        x = (x | x << 1) & 0x5555555555555555L;
        return x;
    }

    /** The quadrant of sorted position p at the given level (0 = the whole layout's children). */
    private int quadrant(int p, int level) {
        return (int) (keys[p] >>> (INDEX_BITS + 2 * (LEVELS - 1 - level))) & 3;
    }

    /** The first position in [lo, hi) whose quadrant at this level is at least q. */
    private int firstFrom(int lo, int hi, int level, int q) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quadrant(mid, level) < q) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Adds the cell holding positions [lo, hi), whose side is {@code width}; returns its index. */
    private int cell(int lo, int hi, int level, double width) {
        if (hi - lo <= GROUP && !grouping) {
            grouping = true;
            int c = cell(lo, hi, level, width);
            grouping = false;
            group(lo, hi);
            return c;
        }
        // skip levels where every point falls in one quadrant
        while (hi - lo > 1 && level < LEVELS && quadrant(lo, level) == quadrant(hi - 1, level)) {
            level++;
            width /= 2;
        }
        int c = size++;
        grow();
        double sx = 0;
        double sy = 0;
        if (hi - lo <= LEAF || level == LEVELS) {
            for (int p = lo; p < hi; p++) {
                sx += sortedX[p];
                sy += sortedY[p];
            }
            links[2 * c + 1] = lo;
            if (!grouping) {
                group(lo, hi); // more coincident points than a group holds: they walk together anyway
            }
        } else {
            links[2 * c + 1] = -1;
            int from = lo;
            for (int q = 0; q < 4; q++) {
                int to = q == 3 ? hi : firstFrom(from, hi, level, q + 1);
                if (to > from) {
                    int child = cell(from, to, level + 1, width / 2);
                    sx += cells[4 * child] * cells[4 * child + 3];
                    sy += cells[4 * child + 1] * cells[4 * child + 3];
                }
                from = to;
            }
        }
        int count = hi - lo;
        cells[4 * c] = sx / count;
        cells[4 * c + 1] = sy / count;
        cells[4 * c + 2] = width * width;
        cells[4 * c + 3] = count;
        links[2 * c] = size;
        return c;
    }

    private void group(int lo, int hi) {
        if (groups == groupStarts.length - 1) {
            groupStarts = Arrays.copyOf(groupStarts, 2 * groupStarts.length);
        }
        groupStarts[groups] = lo;
        groupStarts[++groups] = hi;
    }

    private void grow() {
        if (4 * size > cells.length) {
            cells = Arrays.copyOf(cells, 2 * cells.length);
            links = Arrays.copyOf(links, 2 * links.length);
        }
    }

    /** One walk's list of cells (x, y, bodies) and one group's running sums, reused by each thread. */
    private static final class Scratch {
        double[] lx = new double[256];
        double[] ly = new double[256];
        double[] lw = new double[256];
        double[] x = new double[GROUP];
        double[] y = new double[GROUP];
        double[] fx = new double[GROUP];
        double[] fy = new double[GROUP];
        double[] z = new double[GROUP];

        void room(int entries) {
            int size = Math.max(2 * lx.length, entries);
            lx = Arrays.copyOf(lx, size);
            ly = Arrays.copyOf(ly, size);
            lw = Arrays.copyOf(lw, size);
        }

        void sums(int len) {
            if (len > fx.length) {
                x = new double[len];
                y = new double[len];
                fx = new double[len];
                fy = new double[len];
                z = new double[len];
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Fills {@code repel[2i], repel[2i + 1]} with the (unnormalised) repulsion on every point i and
     * {@code z[i]} with its share of Z. Points are taken in groups of nearby ones (a cell of at most
     * {@link #GROUP}): one walk per group gathers the cells that are narrower than {@code theta} times
     * their distance to the group's bounding box, and every point of the group then sums over that list.
     * The test against the box is stricter than against each point, so no point is approximated more
     * coarsely than a walk of its own would; the saving is that the walk is shared and the sum is one
     * tight loop (Barnes 1990, "A modified tree code").
     */
    void repulseAll(double theta, double[] repel, double[] z) {
        Workers.forEach(groups, g -> {
            Scratch scratch = SCRATCH.get();
            int lo = groupStarts[g];
            int hi = groupStarts[g + 1];
            double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
            for (int p = lo; p < hi; p++) {
                minX = Math.min(minX, sortedX[p]);
                maxX = Math.max(maxX, sortedX[p]);
                minY = Math.min(minY, sortedY[p]);
                maxY = Math.max(maxY, sortedY[p]);
            }
            double theta2 = theta * theta;
            double[] lx = scratch.lx;
            double[] ly = scratch.ly;
            double[] lw = scratch.lw;
            int m = 0;
            int c = 0;
            while (c < size) {
                double cx = cells[4 * c];
                double cy = cells[4 * c + 1];
                double dx = Math.max(0, Math.max(minX - cx, cx - maxX));
                double dy = Math.max(0, Math.max(minY - cy, cy - maxY));
                int first = links[2 * c + 1];
                boolean far = cells[4 * c + 2] < theta2 * (dx * dx + dy * dy);
                if (far || first >= 0) {
                    int bodies = far ? 1 : (int) cells[4 * c + 3];
                    if (m + bodies > lx.length) {
                        scratch.room(m + bodies);
                        lx = scratch.lx;
                        ly = scratch.ly;
                        lw = scratch.lw;
                    }
                    if (far) {
                        lx[m] = cx;
                        ly[m] = cy;
                        lw[m++] = cells[4 * c + 3];
                    } else {
                        // a few bodies each: a loop is quicker than arraycopy's and fill's calls
                        for (int b = first; b < first + bodies; b++) {
                            lx[m] = sortedX[b];
                            ly[m] = sortedY[b];
                            lw[m++] = 1;
                        }
                    }
                    c = links[2 * c];
                } else {
                    c++;
                }
            }
            int len = hi - lo;
            scratch.sums(len);
            double[] fx = scratch.fx;
            double[] fy = scratch.fy;
            double[] zs = scratch.z;
            double[] gx = scratch.x;
            double[] gy = scratch.y;
            System.arraycopy(sortedX, lo, gx, 0, len);
            System.arraycopy(sortedY, lo, gy, 0, len);
            Arrays.fill(fx, 0, len, 0);
            Arrays.fill(fy, 0, len, 0);
            Arrays.fill(zs, 0, len, 0);
            // list entries outside, the group's points inside: each point still sums the entries in list
            // order, and the inner loop runs over arrays, which the JIT turns into vector instructions
            for (int e = 0; e < m; e++) {
                double ex0 = lx[e];
                double ey0 = ly[e];
                double w = lw[e];
                for (int p = 0; p < len; p++) {
                    double ex = gx[p] - ex0;
                    double ey = gy[p] - ey0;
                    double q = 1 / (1 + ex * ex + ey * ey);
                    double mult = w * q;
                    zs[p] += mult;
                    fx[p] += mult * q * ex;
                    fy[p] += mult * q * ey;
                }
            }
            for (int p = 0; p < len; p++) {
                int i = order[lo + p];
                // the point itself is in the list once, at distance zero: q = 1, no force
                z[i] = zs[p] - 1;
                repel[2 * i] = fx[p];
                repel[2 * i + 1] = fy[p];
            }
        });
    }
}
