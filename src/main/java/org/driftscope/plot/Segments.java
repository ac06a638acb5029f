package org.driftscope.plot;

/**
 * Cuts line segments to a rectangle (Liang and Barsky 1984), so painters can draw arrows and trails
 * inside a panel without asking the canvas to clip: a clip makes JavaFX's software renderer blend a
 * mask over the whole canvas on every frame.
 */
public final class Segments {
    private Segments() {}

    /**
     * @return {x0, y0, x1, y1} of the part of the segment inside [left, right] x [top, bottom], or
     *     {@code null} when none of it is
     */
    public static double[] clip(
            double x0, double y0, double x1, double y1, double left, double top, double right, double bottom) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - left, right - x0, y0 - top, bottom - y0};
        double enter = 0;
        double leave = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return null;
                }
                continue;
            }
            double t = q[k] / p[k];
            if (p[k] < 0) {
                enter = Math.max(enter, t);
            } else {
                leave = Math.min(leave, t);
            }
        }
        if (enter > leave) {
            return null;
        }
        return new double[] {x0 + enter * dx, y0 + enter * dy, x0 + leave * dx, y0 + leave * dy};
    }
}
