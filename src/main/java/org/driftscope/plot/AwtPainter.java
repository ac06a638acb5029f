package org.driftscope.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Paints onto Java2D, for PNG export without any JavaFX. */
final class AwtPainter implements Painter {
    private final Graphics2D g;

    AwtPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        g.setColor(new Color(argb, true));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double width) {
        g.setColor(new Color(argb, true));
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        g.setColor(new Color(argb, true));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, int argb, double width) {
        g.setColor(new Color(argb, true));
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double width) {
        g.setColor(new Color(argb, true));
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, int argb) {
        g.setColor(new Color(argb, true));
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
        g.drawString(text, (float) x, (float) y);
    }
}
