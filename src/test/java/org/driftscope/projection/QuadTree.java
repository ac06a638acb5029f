package org.driftscope.projection;

/**
 * A point-region quadtree over a 2-D layout with each cell's centre of mass, for the Barnes-Hut
 * approximation of t-SNE's repulsive forces: one node object per cell, walked recursively once per point.
 * The app's t-SNE used it until {@link MortonTree} replaced it (docs/decisions/0024); kept as the
 * baseline of {@link GridRepulsionBench}.
 */
final class QuadTree {
    private static final int MAX_DEPTH = 40;

    private final double cx;
    private final double cy;
    private final double half;
    private double massX;
    private double massY;
    private int count;
    private int point = -1;
    private QuadTree[] children;

    private QuadTree(double cx, double cy, double half) {
        this.cx = cx;
        this.cy = cy;
        this.half = half;
    }

    static QuadTree build(double[] y, int n) {
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, y[2 * i]);
            maxX = Math.max(maxX, y[2 * i]);
            minY = Math.min(minY, y[2 * i + 1]);
            maxY = Math.max(maxY, y[2 * i + 1]);
        }
        double half = Math.max(maxX - minX, maxY - minY) / 2 + 1e-5;
        QuadTree root = new QuadTree((minX + maxX) / 2, (minY + maxY) / 2, half);
        for (int i = 0; i < n; i++) {
            root.insert(y, i, 0);
        }
        return root;
    }

    private void insert(double[] y, int i, int depth) {
        double px = y[2 * i];
        double py = y[2 * i + 1];
        massX = (massX * count + px) / (count + 1);
        massY = (massY * count + py) / (count + 1);
        count++;
        if (count == 1) {
            point = i;
            return;
        }
        if (depth >= MAX_DEPTH) {
            return; // coincident points: keep them as one heavy leaf
        }
        if (children == null) {
            children = new QuadTree[4];
            if (point >= 0) {
                int old = point;
                point = -1;
                child(y[2 * old], y[2 * old + 1]).insert(y, old, depth + 1);
            }
        }
        child(px, py).insert(y, i, depth + 1);
    }

    private QuadTree child(double px, double py) {
        int q = (px >= cx ? 1 : 0) + (py >= cy ? 2 : 0);
        if (children[q] == null) {
            double h = half / 2;
            children[q] = new QuadTree(cx + ((q & 1) == 1 ? h : -h), cy + ((q & 2) == 2 ? h : -h), h);
        }
        return children[q];
    }

    /**
     * Adds to {@code force} the (unnormalised) repulsion on point i and returns its share of Z, the sum
     * of all q numerators: cells smaller than {@code theta} times their distance count as one body.
     */
    double repulse(int i, double px, double py, double theta, double[] force) {
        if (count == 0 || (count == 1 && point == i)) {
            return 0;
        }
        double dx = px - massX;
        double dy = py - massY;
        double d2 = dx * dx + dy * dy;
        boolean leaf = children == null;
        if (leaf || (2 * half) * (2 * half) < theta * theta * d2) {
            // A far cell never contains i (it would lie within the cell's diagonal); a leaf at distance
            // zero does: i itself, or coincident points kept together at the maximum depth.
            int bodies = leaf && d2 == 0 ? count - 1 : count;
            double q = 1 / (1 + d2);
            double mult = bodies * q;
            force[0] += mult * q * dx;
            force[1] += mult * q * dy;
            return mult;
        }
        double z = 0;
        for (QuadTree c : children) {
            if (c != null) {
                z += c.repulse(i, px, py, theta, force);
            }
        }
        return z;
    }
}
