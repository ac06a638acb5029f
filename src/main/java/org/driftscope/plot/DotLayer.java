package org.driftscope.plot;

import java.util.Arrays;

/**
 * A panel's dots in one {@link PointRaster}, frame after frame. When every dot sits the same whole number
 * of pixels from where it was last frame, in the same colours (a pan by whole pixels, as a drag or an
 * arrow key gives), the raster's pixels are shifted and only the dots that reach the pixels coming into
 * view are drawn again; otherwise everything is drawn afresh. Either way the pixels are exactly those a
 * fresh drawing gives.
 */
public final class DotLayer {
    private final PointRaster raster;
    private long[] lastX;
    private long[] lastY;
    private int[] lastColours;
    private double lastRadius = Double.NaN;
    private boolean shifted;

    public DotLayer(int width, int height) {
        raster = new PointRaster(width, height);
    }

    /** The pixels, which a window shows as one image. */
    public PointRaster raster() {
        return raster;
    }

    /** Whether the last {@link #draw} shifted the previous frame's pixels instead of drawing afresh. */
    boolean shifted() {
        return shifted;
    }

    /**
     * Draws the dots, in the order given, over a transparent raster; dots off it by more than {@code r}
     * are left out.
     *
     * @param x the centres' columns, in pixels
     * @param y the centres' rows
     * @param argb each dot's colour
     */
    public void draw(double[] x, double[] y, int[] argb, double r) {
        int n = x.length;
        long[] qx = new long[n];
        long[] qy = new long[n];
        for (int i = 0; i < n; i++) {
            qx[i] = PointRaster.eighths(x[i]);
            qy[i] = PointRaster.eighths(y[i]);
        }
        shifted = shiftedDraw(x, y, qx, qy, argb, r);
        if (!shifted) {
            raster.clear();
            drawAll(x, y, argb, r, 0, 0, raster.width(), raster.height());
        }
        lastX = qx;
        lastY = qy;
        if (!shifted) {
            // a shifted frame had the same colours already
            lastColours = argb.clone();
        }
        lastRadius = r;
    }

    private boolean shiftedDraw(double[] x, double[] y, long[] qx, long[] qy, int[] argb, double r) {
        int n = qx.length;
        if (lastX == null || lastX.length != n || n == 0 || r != lastRadius || !Arrays.equals(argb, lastColours)) {
            return false;
        }
        long sx = qx[0] - lastX[0];
        long sy = qy[0] - lastY[0];
        int w = raster.width();
        int h = raster.height();
        if (sx % PointRaster.PHASES != 0
                || sy % PointRaster.PHASES != 0
                || Math.abs(sx / PointRaster.PHASES) >= w
                || Math.abs(sy / PointRaster.PHASES) >= h) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (qx[i] - lastX[i] != sx || qy[i] - lastY[i] != sy) {
                return false;
            }
        }
        int dx = (int) (sx / PointRaster.PHASES);
        int dy = (int) (sy / PointRaster.PHASES);
        raster.shift(dx, dy);
        // the pixels that came into view: a band of columns at one side, and a band of rows beside it
        // (without the columns' band, so that no pixel is drawn twice)
        int columnsFrom = dx > 0 ? 0 : w + dx;
        int columnsTo = columnsFrom + Math.abs(dx);
        int rowsFrom = dy > 0 ? 0 : h + dy;
        int rowsTo = rowsFrom + Math.abs(dy);
        if (dx != 0) {
            drawAll(x, y, argb, r, columnsFrom, 0, columnsTo, h);
        }
        if (dy != 0) {
            int left = dx > 0 ? columnsTo : 0;
            int right = dx < 0 ? columnsFrom : w;
            drawAll(x, y, argb, r, left, rowsFrom, right, rowsTo);
        }
        return true;
    }

    /** The dots that reach the clip, in order, drawn into it. */
    private void drawAll(double[] x, double[] y, int[] argb, double r, int left, int top, int right, int bottom) {
        int w = raster.width();
        int h = raster.height();
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= -r
                    && y[i] >= -r
                    && x[i] <= w + r
                    && y[i] <= h + r
                    && x[i] + r + 1 > left
                    && x[i] - r - 1 < right
                    && y[i] + r + 1 > top
                    && y[i] - r - 1 < bottom) {
                raster.disc(x[i], y[i], r, argb[i], left, top, right, bottom);
            }
        }
    }
}
