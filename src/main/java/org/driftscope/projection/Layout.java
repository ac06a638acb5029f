package org.driftscope.projection;

/**
 * Points in the plane, one per word, stored as interleaved x, y pairs.
 *
 * @param xy {@code 2 * n} coordinates: x0, y0, x1, y1, ...
 */
public record Layout(double[] xy) {
    public Layout {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("a layout needs an even number of coordinates, got " + xy.length);
        }
        xy = xy.clone();
    }

    @Override
    public double[] xy() {
        return xy.clone();
    }

    public int size() {
        return xy.length / 2;
    }

    public double x(int i) {
        return xy[2 * i];
    }

    public double y(int i) {
        return xy[2 * i + 1];
    }

    /**
     * The layout a share {@code t} of the way from {@code from} to {@code to}, point by point: the frames
     * of an animated change between two epochs, which are already in one frame.
     */
    public static Layout between(Layout from, Layout to, double t) {
        if (from.size() != to.size()) {
            throw new IllegalArgumentException("layouts of " + from.size() + " and " + to.size() + " points");
        }
        double[] xy = new double[from.xy.length];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = from.xy[i] + t * (to.xy[i] - from.xy[i]);
        }
        return new Layout(xy);
    }

    /** The larger side of the bounding box; 0 for fewer than two distinct points. */
    public double extent() {
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size(); i++) {
            minX = Math.min(minX, x(i));
            maxX = Math.max(maxX, x(i));
            minY = Math.min(minY, y(i));
            maxY = Math.max(maxY, y(i));
        }
        return size() == 0 ? 0 : Math.max(maxX - minX, maxY - minY);
    }
}
