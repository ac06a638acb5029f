package org.driftscope.projection;

import java.util.Arrays;
import org.driftscope.drift.Neighbours;
import org.driftscope.work.Workers;

/**
 * Each point's k nearest other points in a 2-D layout, in O(n k) rather than the O(n^2) of a search
 * over all pairs: points are binned in a uniform grid of about two points a cell, and each point
 * searches rings of cells outwards until the ring is farther than its k-th nearest so far. The
 * result is the one an exhaustive search gives: ties go to the lower index.
 */
public final class PlaneNeighbours {
    /** Points per grid cell on average. */
    private static final double PER_CELL = 2;

    private PlaneNeighbours() {}

    /**
     * @param xy x, y per point
     * @param k neighbours per point; at most n - 1
     * @return the neighbours, nearest first; {@link Neighbours#similarity} holds the negated squared
     *     distance
     */
    public static Neighbours of(double[] xy, int k) {
        int n = xy.length / 2;
        if (k < 1 || k > n - 1) {
            throw new IllegalArgumentException("k must be in [1, n - 1] = [1, " + (n - 1) + "], was " + k);
        }
        Grid grid = Grid.of(xy, n);
        int[] indices = new int[n * k];
        float[] sims = new float[n * k];
        Workers.forEach(n, i -> {
            double[] best = new double[k];
            int[] which = new int[k];
            int found = grid.nearest(xy, i, k, best, which);
            assert found == k;
            for (int r = 0; r < k; r++) {
                indices[i * k + r] = which[r];
                sims[i * k + r] = (float) -best[r];
            }
        });
        return new Neighbours(k, indices, sims);
    }

    /** Point indices by cell, cells row by row. */
    private record Grid(double x0, double y0, double cell, int cols, int rows, int[] start, int[] points) {
        static Grid of(double[] xy, int n) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, xy[2 * i]);
                maxX = Math.max(maxX, xy[2 * i]);
                minY = Math.min(minY, xy[2 * i + 1]);
                maxY = Math.max(maxY, xy[2 * i + 1]);
            }
            double w = Math.max(maxX - minX, 1e-12);
            double h = Math.max(maxY - minY, 1e-12);
            double cell = Math.max(Math.sqrt(w * h * PER_CELL / n), Math.max(w, h) / 4096);
            int cols = (int) Math.min(4096, Math.floor(w / cell) + 1);
            int rows = (int) Math.min(4096, Math.floor(h / cell) + 1);
            int[] count = new int[cols * rows + 1];
            int[] cellOf = new int[n];
            for (int i = 0; i < n; i++) {
                int cx = Math.min(cols - 1, (int) ((xy[2 * i] - minX) / cell));
                int cy = Math.min(rows - 1, (int) ((xy[2 * i + 1] - minY) / cell));
                cellOf[i] = cy * cols + cx;
                count[cellOf[i] + 1]++;
            }
            for (int c = 0; c < cols * rows; c++) {
                count[c + 1] += count[c];
            }
            int[] points = new int[n];
            int[] fill = Arrays.copyOf(count, cols * rows);
            for (int i = 0; i < n; i++) {
                points[fill[cellOf[i]]++] = i;
            }
            return new Grid(minX, minY, cell, cols, rows, count, points);
        }

        /**
         * Fills {@code best} (squared distances, ascending) and {@code which} with point i's k nearest;
         * returns how many were found.
         */
        int nearest(double[] xy, int i, int k, double[] best, int[] which) {
            double px = xy[2 * i];
            double py = xy[2 * i + 1];
            int cx = Math.min(cols - 1, (int) ((px - x0) / cell));
            int cy = Math.min(rows - 1, (int) ((py - y0) / cell));
            int filled = 0;
            int maxRing = Math.max(cols, rows);
            for (int ring = 0; ring <= maxRing; ring++) {
                if (filled == k) {
                    // every cell of this ring is at least (ring - 1) cells away from the point's own
                    double gap = (ring - 1) * cell;
                    if (gap > 0 && gap * gap > best[k - 1]) {
                        break;
                    }
                }
                for (int y = cy - ring; y <= cy + ring; y++) {
                    if (y < 0 || y >= rows) {
                        continue;
                    }
                    boolean edgeRow = y == cy - ring || y == cy + ring;
                    for (int x = cx - ring; x <= cx + ring; x += edgeRow ? 1 : 2 * ring) {
                        if (x >= 0 && x < cols) {
                            filled = visit(xy, i, px, py, y * cols + x, k, best, which, filled);
                        }
                        if (ring == 0) {
                            break;
                        }
                    }
                }
            }
            return filled;
        }

        private int visit(
                double[] xy, int self, double px, double py, int c, int k, double[] best, int[] which, int filled) {
            for (int e = start[c]; e < start[c + 1]; e++) {
                int j = points[e];
                if (j == self) {
                    continue;
                }
                double dx = xy[2 * j] - px;
                double dy = xy[2 * j + 1] - py;
                double d = dx * dx + dy * dy;
                if (filled == k && !closer(d, j, best[k - 1], which[k - 1])) {
                    continue;
                }
                int pos = filled < k ? filled++ : k - 1;
                while (pos > 0 && closer(d, j, best[pos - 1], which[pos - 1])) {
                    best[pos] = best[pos - 1];
                    which[pos] = which[pos - 1];
                    pos--;
                }
                best[pos] = d;
                which[pos] = j;
            }
            return filled;
        }

        /** Nearer, or as near with a lower index: the order of an exhaustive search. */
        private static boolean closer(double d, int j, double dOther, int jOther) {
            return d < dOther || (d == dOther && j < jOther);
        }
    }
}
