package org.driftscope.projection;

import java.util.Arrays;
import org.driftscope.work.Workers;

/**
 * The near part of a split repulsion kernel. Beyond a radius R the grid carries the squared Cauchy
 * kernel K(u) = 1 / (1 + u)^2 (u the squared distance) as it is; within R it carries a smooth stand-in,
 * K's second-order Taylor polynomial in u about R^2, so a coarse grid interpolates it well. The
 * difference, non-zero only for pairs closer than R, is summed here exactly over a cell list, as
 * particle-particle particle-mesh methods split the Coulomb kernel (Hockney and Eastwood 1988). Part of
 * the experiment {@link GridRepulsionBench} measures.
 */
final class Near {
    private Near() {}

    /** The grid's kernel: K(u) beyond u0 = R^2, its Taylor polynomial about u0 within. */
    static double smooth(double u, double u0) {
        if (u >= u0) {
            return 1 / ((1 + u) * (1 + u));
        }
        double a = 1 + u0;
        double k = 1 / (a * a);
        double d = u - u0;
        return k - 2 * k / a * d + 3 * k / (a * a) * d * d;
    }

    /**
     * Adds, for every pair closer than {@code radius}, the kernel's near part (K - smooth) to point i's
     * force and to its share of Z, as the charges 1, x, y and x^2 + y^2 add them on the grid.
     */
    static void add(double[] y, int n, double radius, double[] repel, double[] zParts) {
        double u0 = radius * radius;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, y[2 * i]);
            maxX = Math.max(maxX, y[2 * i]);
            minY = Math.min(minY, y[2 * i + 1]);
            maxY = Math.max(maxY, y[2 * i + 1]);
        }
        int cols = (int) Math.min(2048, Math.floor((maxX - minX) / radius) + 1);
        int rows = (int) Math.min(2048, Math.floor((maxY - minY) / radius) + 1);
        double cellW = Math.max((maxX - minX) / cols, radius);
        double cellH = Math.max((maxY - minY) / rows, radius);
        int[] cellOf = new int[n];
        int[] start = new int[cols * rows + 1];
        for (int i = 0; i < n; i++) {
            int cx = Math.min(cols - 1, (int) ((y[2 * i] - minX) / cellW));
            int cy = Math.min(rows - 1, (int) ((y[2 * i + 1] - minY) / cellH));
            cellOf[i] = cy * cols + cx;
            start[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            start[c + 1] += start[c];
        }
        int[] points = new int[n];
        int[] fill = Arrays.copyOf(start, cols * rows);
        for (int i = 0; i < n; i++) {
            points[fill[cellOf[i]]++] = i;
        }
        Workers.forEach(n, i -> {
            double px = y[2 * i];
            double py = y[2 * i + 1];
            int cx = cellOf[i] % cols;
            int cy = cellOf[i] / cols;
            double fx = 0;
            double fy = 0;
            double z = 0;
            for (int ry = Math.max(0, cy - 1); ry <= Math.min(rows - 1, cy + 1); ry++) {
                for (int rx = Math.max(0, cx - 1); rx <= Math.min(cols - 1, cx + 1); rx++) {
                    int c = ry * cols + rx;
                    for (int e = start[c]; e < start[c + 1]; e++) {
                        int j = points[e];
                        double dx = px - y[2 * j];
                        double dy = py - y[2 * j + 1];
                        double u = dx * dx + dy * dy;
                        if (u >= u0 || j == i) {
                            continue;
                        }
                        double w = 1 / ((1 + u) * (1 + u)) - smooth(u, u0);
                        fx += w * dx;
                        fy += w * dy;
                        z += w * (1 + u);
                    }
                }
            }
            repel[2 * i] += fx;
            repel[2 * i + 1] += fy;
            zParts[i] += z;
        });
    }
}
