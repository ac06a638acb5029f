package org.driftscope.app;

import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.driftscope.plot.DotLayer;
import org.driftscope.plot.Painter;
import org.driftscope.plot.SceneRenderer;

/**
 * The {@link Painter} of the window's canvas, beside the PNG's and the SVG's: {@link SceneRenderer}
 * draws the screen through it. Points go through a {@link DotLayer} and one image per panel, which
 * keeps a frame of 10,000 points well inside 16 ms in software rendering.
 */
final class FxPainter implements Painter {
    private GraphicsContext g;

    /**
     * Each panel's dots, kept apart: the canvas only records a draw of the image and reads its pixels
     * when it renders, after both panels were painted, so one shared image showed the tuned panel's
     * dots in both.
     */
    private Dots[] dots = new Dots[2];

    private int panel;
    private final Map<Integer, Font> fonts = new HashMap<>();

    /** A panel's dots and the image that shows them without copying (same pixel format, same array). */
    private record Dots(DotLayer layer, PixelBuffer<IntBuffer> buffer, WritableImage image) {
        static Dots of(int w, int h) {
            DotLayer layer = new DotLayer(w, h);
            var buffer = new PixelBuffer<>(
                    w, h, IntBuffer.wrap(layer.raster().pixels()), PixelFormat.getIntArgbPreInstance());
            return new Dots(layer, buffer, new WritableImage(buffer));
        }
    }

    /** Paints a scene onto a canvas's graphics. */
    void paint(GraphicsContext graphics, org.driftscope.plot.Scene scene, double width, double height) {
        g = graphics;
        panel = 0;
        SceneRenderer.paint(scene, this, width, height);
    }

    static Color colour(int argb) {
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
        g.setFont(fonts.computeIfAbsent(
                (int) Math.round(size * 10) * 2 + (bold ? 1 : 0),
                k -> Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size)));
        g.setFill(colour(argb));
        g.fillText(text, x, y);
    }

    @Override
    public void points(double bx, double by, double bw, double bh, double[] x, double[] y, int[] argb, double r) {
        int which = panel++;
        if (which >= dots.length) {
            dots = java.util.Arrays.copyOf(dots, which + 1);
        }
        int w = (int) Math.ceil(bw);
        int h = (int) Math.ceil(bh);
        if (dots[which] == null
                || dots[which].layer().raster().width() != w
                || dots[which].layer().raster().height() != h) {
            dots[which] = Dots.of(w, h);
        }
        dots[which].layer().draw(x, y, argb, r);
        dots[which].buffer().updateBuffer(buffer -> null);
        g.drawImage(dots[which].image(), bx, by);
    }
}
