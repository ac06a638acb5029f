package org.driftscope.app;

import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;

/** A word's displacement per epoch as a tiny line, for the most-moved table. */
final class Sparkline extends Canvas {
    Sparkline(double width, double height) {
        super(width, height);
    }

    /**
     * @param values one per epoch, from epoch 1
     * @param max the value drawn at the top (shared by the whole table, so lines compare)
     */
    void draw(double[] values, double max, Color ink) {
        var g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        if (values.length == 0 || max <= 0) {
            return;
        }
        g.setStroke(ink);
        g.setLineWidth(1.3);
        double step = values.length == 1 ? 0 : (w - 4) / (values.length - 1);
        double px = 0;
        double py = 0;
        for (int i = 0; i < values.length; i++) {
            double x = 2 + i * step;
            double y = h - 2 - (h - 4) * Math.min(1, values[i] / max);
            if (i > 0) {
                g.strokeLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
        g.setFill(ink);
        g.fillOval(px - 2, py - 2, 4, 4);
    }
}
