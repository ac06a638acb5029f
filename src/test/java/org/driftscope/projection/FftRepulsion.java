package org.driftscope.projection;

import java.util.Arrays;
import org.driftscope.work.Workers;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * t-SNE's repulsion between every pair of points in O(n) per step plus one grid convolution: the
 * charges of the points are spread onto an equispaced grid with Lagrange interpolation (p nodes per
 * box in each direction), convolved there with the squared Cauchy kernel by FFT, and read back at the
 * points the same way. Four charges (1, x, y, x^2 + y^2) give the forces and the normalisation Z.
 * The grid's boxes are about one unit of the layout wide, so the error stays put as the layout grows
 * while the grid grows with it; early on, when the layout is small, a minimum of boxes keeps the
 * interpolation fine. Deterministic: every sum is taken in a fixed order.
 *
 * <p>Linderman, G. C., Rachh, M., Hoskins, J. G., Steinerberger, S., Kluger, Y. (2019). Fast
 * interpolation-based t-SNE for improved visualization of single-cell RNA-seq data. Nature Methods 16.
 * The FFT is JTransforms' (Wendykier and Nagy 2010). An experiment, measured by {@link GridRepulsionBench}
 * and not used by the app: docs/decisions/0019 says why.
 */
final class FftRepulsion {
    /** Interpolation nodes per box and direction. */
    private final int nodes;
    /** Boxes per direction at the least, however small the layout. */
    static final int MIN_BOXES = 20;

    /** FFT sizes of the form 2^a 3^b 5^c (JTransforms' fast radices), each a multiple of 2 x nodes. */
    private final int[] sizes;

    private final double boxWidth;
    /** The kernel's transform for the last grid, kept while the grid's size and spacing stay. */
    private double[] kernelHat;

    private int kernelSize;
    private double kernelSplit;
    private double kernelSpacing;
    private DoubleFFT_2D fft;
    private final double[][] grids = new double[2][];

    /** @param boxWidth the widest a box gets, in layout units (1 in FIt-SNE) */
    FftRepulsion(double boxWidth) {
        this(boxWidth, 3);
    }

    FftRepulsion(double boxWidth, int nodes) {
        this(boxWidth, nodes, 0);
    }

    /** @param near the radius, in boxes, within which pairs are summed exactly (0: none) */
    FftRepulsion(double boxWidth, int nodes, double near) {
        this.boxWidth = boxWidth;
        this.nodes = nodes;
        this.sizes = friendlySizes();
        this.near = near;
    }

    private final double near;

    /**
     * Fills {@code repel[2i], repel[2i + 1]} with the sum over all j of q_ij^2 (y_i - y_j), where q_ij =
     * 1 / (1 + |y_i - y_j|^2), and returns Z, the sum of q_ij over all pairs i != j.
     */
    double repel(double[] y, int n, double[] repel) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < 2 * n; c++) {
            min = Math.min(min, y[c]);
            max = Math.max(max, y[c]);
        }
        double lo = min;
        double span = Math.max(max - min, 1e-9);
        int boxes = boxes(span);
        // a wide layout keeps the boxes' width (and the kernel's transform with it); a small one
        // shares its span among the minimum of boxes
        double width = span / boxWidth > MIN_BOXES ? boxWidth : span / boxes;
        int m = boxes * nodes;
        double h = width / nodes;
        int size = 2 * m;
        // where each point falls: its box and its interpolation weights in x and in y
        int[] cell = new int[2 * n];
        double[] weight = new double[2 * n * nodes];
        Workers.forEach(n, i -> {
            for (int a = 0; a < 2; a++) {
                double u = (y[2 * i + a] - lo) / width;
                int box = Math.min(boxes - 1, (int) u);
                cell[2 * i + a] = box;
                lagrange(u - box, weight, (2 * i + a) * nodes);
            }
        });
        // the charges 1, x (real and imaginary parts of one grid) and y, x^2 + y^2 (of another)
        double[] first = buffer(0, size);
        double[] second = buffer(1, size);
        for (int i = 0; i < n; i++) {
            double x = y[2 * i];
            double yy = y[2 * i + 1];
            double sq = x * x + yy * yy;
            int bx = cell[2 * i] * nodes;
            int by = cell[2 * i + 1] * nodes;
            for (int r = 0; r < nodes; r++) {
                double wy = weight[(2 * i + 1) * nodes + r];
                int row = (by + r) * size;
                for (int c = 0; c < nodes; c++) {
                    double w = wy * weight[2 * i * nodes + c];
                    int at = 2 * (row + bx + c);
                    first[at] += w;
                    first[at + 1] += w * x;
                    second[at] += w * yy;
                    second[at + 1] += w * sq;
                }
            }
        }
        double radius = near * width;
        double[] k = kernel(size, h, radius * radius);
        convolve(first, k, size);
        convolve(second, k, size);
        double[] zParts = new double[n];
        Workers.forEach(n, i -> {
            double p1 = 0;
            double px = 0;
            double py = 0;
            double psq = 0;
            int bx = cell[2 * i] * nodes;
            int by = cell[2 * i + 1] * nodes;
            for (int r = 0; r < nodes; r++) {
                double wy = weight[(2 * i + 1) * nodes + r];
                int row = (by + r) * size;
                for (int c = 0; c < nodes; c++) {
                    double w = wy * weight[2 * i * nodes + c];
                    int at = 2 * (row + bx + c);
                    p1 += w * first[at];
                    px += w * first[at + 1];
                    py += w * second[at];
                    psq += w * second[at + 1];
                }
            }
            double x = y[2 * i];
            double yy = y[2 * i + 1];
            repel[2 * i] = x * p1 - px;
            repel[2 * i + 1] = yy * p1 - py;
            // sum_j q_ij = sum_j q_ij^2 (1 + |y_i - y_j|^2), the j = i term (1) taken off below
            zParts[i] = (1 + x * x + yy * yy) * p1 - 2 * (x * px + yy * py) + psq;
        });
        if (radius > 0) {
            Near.add(y, n, radius, repel, zParts);
        }
        double z = 0;
        for (double part : zParts) {
            z += part;
        }
        return z - n * (radius > 0 ? Near.smooth(0, radius * radius) : 1);
    }

    /** Grid {@code which}, zeroed, reused while the grid's size stays. */
    private double[] buffer(int which, int size) {
        if (grids[which] == null || grids[which].length != 2 * size * size) {
            grids[which] = new double[2 * size * size];
        } else {
            Arrays.fill(grids[which], 0);
        }
        return grids[which];
    }

    /** Boxes per direction for a layout this wide: about one per unit, never fewer than the minimum. */
    private int boxes(double span) {
        int wanted = (int) Math.max(MIN_BOXES, Math.ceil(span / boxWidth));
        for (int s : sizes) {
            if (s / (2 * nodes) >= wanted) {
                return s / (2 * nodes);
            }
        }
        return sizes[sizes.length - 1] / (2 * nodes);
    }

    /** The Lagrange weights of the nodes at (j + 1/2) / nodes for a position u in [0, 1] of its box. */
    private void lagrange(double u, double[] out, int at) {
        for (int j = 0; j < nodes; j++) {
            double tj = (j + 0.5) / nodes;
            double w = 1;
            for (int l = 0; l < nodes; l++) {
                if (l != j) {
                    double tl = (l + 0.5) / nodes;
                    w *= (u - tl) / (tj - tl);
                }
            }
            out[at + j] = w;
        }
    }

    /**
     * The transform of the kernel on grid offsets, laid out for a circular convolution of size x size:
     * offset d at index d mod size, so a grid of size / 2 nodes placed at the start convolves without
     * wrapping into itself.
     */
    private double[] kernel(int size, double h, double u0) {
        if (kernelHat != null && size == kernelSize && h == kernelSpacing && u0 == kernelSplit) {
            return kernelHat;
        }
        int half = size / 2;
        double[] k = new double[2 * size * size];
        for (int r = 0; r < size; r++) {
            int dr = r <= half ? r : r - size;
            for (int c = 0; c < size; c++) {
                int dc = c <= half ? c : c - size;
                double d2 = (dr * h) * (dr * h) + (dc * h) * (dc * h);
                k[2 * (r * size + c)] = u0 > 0 ? Near.smooth(d2, u0) : 1 / ((1 + d2) * (1 + d2));
            }
        }
        fft = new DoubleFFT_2D(size, size);
        fft.complexForward(k);
        kernelHat = k;
        kernelSize = size;
        kernelSpacing = h;
        kernelSplit = u0;
        return k;
    }

    /** Replaces {@code grid} (complex, interleaved) by its circular convolution with the kernel. */
    private void convolve(double[] grid, double[] hat, int size) {
        fft.complexForward(grid);
        for (int e = 0; e < size * size; e++) {
            double re = grid[2 * e];
            double im = grid[2 * e + 1];
            double kr = hat[2 * e];
            double ki = hat[2 * e + 1];
            grid[2 * e] = re * kr - im * ki;
            grid[2 * e + 1] = re * ki + im * kr;
        }
        fft.complexInverse(grid, true);
    }

    private int[] friendlySizes() {
        int[] out = new int[400];
        int count = 0;
        for (int s = 2 * nodes; s <= 6000 && count < out.length; s += 2 * nodes) {
            int v = s;
            for (int f : new int[] {2, 3, 5}) {
                while (v % f == 0) {
                    v /= f;
                }
            }
            if (v == 1) {
                out[count++] = s;
            }
        }
        return Arrays.copyOf(out, count);
    }
}
