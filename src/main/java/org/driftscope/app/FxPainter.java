package org.driftscope.app;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.driftscope.plot.Painter;

/** Paints onto a JavaFX canvas, so the window shows exactly what an exported figure shows. */
final class FxPainter implements Painter {
    private final GraphicsContext g;

    FxPainter(GraphicsContext g) {
        this.g = g;
    }

    private static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        g.setFill(colour(argb));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double width) {
        g.setStroke(colour(argb));
        g.setLineWidth(width);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        g.setFill(colour(argb));
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, int argb, double width) {
        g.setStroke(colour(argb));
        g.setLineWidth(width);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double width) {
        g.setStroke(colour(argb));
        g.setLineWidth(width);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, int argb) {
        g.setFill(colour(argb));
        g.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        g.fillText(text, x, y);
    }
}
