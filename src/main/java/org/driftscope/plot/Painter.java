package org.driftscope.plot;

/**
 * The drawing operations a picture needs, in pixels with the origin at the top left. Implemented for
 * the window's JavaFX canvas (in the app), a PNG image and SVG text; {@link SceneRenderer} draws every
 * one of them, so every surface shows the same picture.
 * Colours are 0xAARRGGBB.
 */
public interface Painter {
    void fillRect(double x, double y, double w, double h, int argb);

    void strokeRect(double x, double y, double w, double h, int argb, double width);

    void fillCircle(double cx, double cy, double r, int argb);

    void strokeCircle(double cx, double cy, double r, int argb, double width);

    void line(double x1, double y1, double x2, double y2, int argb, double width);

    /** Draws text with its baseline's left end at (x, y). */
    void text(double x, double y, String text, double size, boolean bold, int argb);

    /**
     * Discs of one radius inside a box, at positions relative to its corner: every point of a panel at
     * once, which a canvas draws through one raster. Points off the box by more than {@code r} are left
     * out.
     */
    default void points(double bx, double by, double bw, double bh, double[] x, double[] y, int[] argb, double r) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= -r && y[i] >= -r && x[i] <= bw + r && y[i] <= bh + r) {
                fillCircle(bx + x[i], by + y[i], r, argb[i]);
            }
        }
    }
}
