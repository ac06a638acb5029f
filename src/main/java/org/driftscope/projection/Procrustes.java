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
        return align(moving, target, null);
    }

    /**
     * As {@link #align(Layout, Layout)}, fitting the transform on the {@code anchors} only (when at least
     * three are marked), then applying it to every point: words known not to have moved decide the frame.
     */
    public static Layout align(Layout moving, Layout target, boolean[] anchors) {
        int count = 0;
        if (anchors != null) {
            for (boolean a : anchors) {
                count += a ? 1 : 0;
            }
        }
        if (count >= 3 && count < moving.size()) {
            return fitOn(moving, target, anchors);
        }
        return fitOn(moving, target, null);
    }

    private static Layout fitOn(Layout moving, Layout target, boolean[] anchors) {
        int n = moving.size();
        if (n != target.size()) {
            throw new IllegalArgumentException("layouts differ in size: " + n + " vs " + target.size());
        }
        if (n == 0) {
            return moving;
        }
        double[] ma = mean(moving, anchors);
        double[] tb = mean(target, anchors);
        double[] a = shifted(moving, ma);
        double[] b = shifted(target, tb);
        Fit plain = fit(a, b, n, false, anchors);
        Fit mirrored = fit(a, b, n, true, anchors);
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
    private static Fit fit(double[] a, double[] b, int n, boolean reflect, boolean[] anchors) {
        double sxx = 0;
        double sxy = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            if (anchors != null && !anchors[i]) {
                continue;
            }
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

    private static double[] mean(Layout layout, boolean[] anchors) {
        double mx = 0;
        double my = 0;
        int count = 0;
        for (int i = 0; i < layout.size(); i++) {
            if (anchors == null || anchors[i]) {
                mx += layout.x(i);
                my += layout.y(i);
                count++;
            }
        }
        return new double[] {mx / count, my / count};
    }

    private static double[] shifted(Layout layout, double[] m) {
        double[] xy = layout.xy();
        for (int i = 0; i < layout.size(); i++) {
            xy[2 * i] -= m[0];
            xy[2 * i + 1] -= m[1];
        }
        return xy;
    }

    private record Fit(boolean reflect, double cos, double sin, double scale, double score) {}
}
