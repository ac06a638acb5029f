package org.driftscope.projection;

/**
 * Fits a similarity transform (rotation, optional reflection, uniform scale, translation) that carries
 * one layout onto another in the least-squares sense, so two layouts of the same words can share a
 * frame. In the plane the optimal rotation has a closed form, so no SVD is needed.
 *
 * <p>Schönemann, P. H. (1966). A generalized solution of the orthogonal Procrustes problem.
 * Psychometrika 31.
 */
public final class Procrustes {
    private Procrustes() {}

    /** Returns {@code moving} transformed to lie as close as possible to {@code target}. */
    public static Layout align(Layout moving, Layout target) {
        int n = moving.size();
        if (n != target.size()) {
            throw new IllegalArgumentException("layouts differ in size: " + n + " vs " + target.size());
        }
        if (n == 0) {
            return moving;
        }
        double[] a = centred(moving);
        double[] b = centred(target);
        double[] tb = mean(target);
        Fit plain = fit(a, b, n, false);
        Fit mirrored = fit(a, b, n, true);
        Fit best = mirrored.score > plain.score ? mirrored : plain;
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double x = a[2 * i];
            double y = best.reflect ? -a[2 * i + 1] : a[2 * i + 1];
            out[2 * i] = best.scale * (best.cos * x - best.sin * y) + tb[0];
            out[2 * i + 1] = best.scale * (best.sin * x + best.cos * y) + tb[1];
        }
        return new Layout(out);
    }

    /** The best rotation (after an optional mirror in y) and scale; score is the matched inner product. */
    private static Fit fit(double[] a, double[] b, int n, boolean reflect) {
        double sxx = 0;
        double sxy = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double ax = a[2 * i];
            double ay = reflect ? -a[2 * i + 1] : a[2 * i + 1];
            double bx = b[2 * i];
            double by = b[2 * i + 1];
            sxx += ax * bx + ay * by;
            sxy += ax * by - ay * bx;
            norm += ax * ax + ay * ay;
        }
        double r = Math.hypot(sxx, sxy);
        double theta = Math.atan2(sxy, sxx);
        double scale = norm > 0 ? r / norm : 1;
        return new Fit(reflect, Math.cos(theta), Math.sin(theta), scale, r);
    }

    private static double[] mean(Layout layout) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < layout.size(); i++) {
            mx += layout.x(i);
            my += layout.y(i);
        }
        return new double[] {mx / layout.size(), my / layout.size()};
    }

    private static double[] centred(Layout layout) {
        double[] m = mean(layout);
        double[] xy = layout.xy();
        for (int i = 0; i < layout.size(); i++) {
            xy[2 * i] -= m[0];
            xy[2 * i + 1] -= m[1];
        }
        return xy;
    }

    private record Fit(boolean reflect, double cos, double sin, double scale, double score) {}
}
