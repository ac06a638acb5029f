package org.driftscope.plot;

/**
 * The drawing operations a figure needs, in pixels with the origin at the top left. Implemented for
 * a JavaFX canvas (in the app), a PNG image and SVG text, so every surface shows the same figure.
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
}
