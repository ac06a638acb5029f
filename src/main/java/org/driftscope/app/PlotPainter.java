package org.driftscope.app;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.driftscope.plot.Camera;
import org.driftscope.plot.Figure;
import org.driftscope.plot.FigureRenderer;
import org.driftscope.plot.LabelPlacer;
import org.driftscope.plot.PointRaster;
import org.driftscope.plot.Segments;
import org.driftscope.projection.Layout;

/**
 * Paints a {@link PlotFrame}: a header with the heading and the colour key, then the frozen and the tuned
 * panel side by side. Points go through a {@link PointRaster} and one image per panel, which keeps a
 * frame of 10,000 points well inside 16 ms in software rendering; labels, rings, arrows and trails are
 * drawn as shapes on top, and only for the few words that need them.
 */
final class PlotPainter {
    static final double HEADER = 96;
    static final double MARGIN = 12;
    static final double GAP = 12;
    static final double TITLE = 20;
    /** Labels drawn per panel when zoomed in, beyond the words the user named, searched or selected. */
    static final int ZOOM_LABELS = 80;
    /** Zoom from which the most-moved visible words are labelled too. */
    static final double LABEL_ZOOM = 2.5;
    /** Arrows drawn at most, for the words that moved most on screen. */
    static final int MAX_ARROWS = 400;

    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 11);
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 13);
    private static final Font HEADING = Font.font("System", FontWeight.BOLD, 15);
    private static final Font SMALL = Font.font("System", 12);

    /**
     * Each panel's dots, kept apart: the canvas only records a draw of the image and reads its pixels
     * when it renders, after both panels were painted, so one shared image showed the tuned panel's
     * dots in both.
     */
    private final Dots[] dots = new Dots[2];

    /** A panel's raster and the image that shows it without copying (same pixel format, same array). */
    private record Dots(PointRaster raster, PixelBuffer<IntBuffer> buffer, WritableImage image) {
        static Dots of(int w, int h) {
            PointRaster raster = new PointRaster(w, h);
            var buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(raster.pixels()), PixelFormat.getIntArgbPreInstance());
            return new Dots(raster, buffer, new WritableImage(buffer));
        }
    }

    /** A panel's box on the canvas. */
    record Box(double x, double y, double w, double h) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    static Box panel(int which, double width, double height) {
        double w = Math.max(10, (width - 2 * MARGIN - GAP) / 2);
        double h = Math.max(10, height - HEADER - TITLE - MARGIN);
        return new Box(MARGIN + which * (w + GAP), HEADER + TITLE, w, h);
    }

    static double radius(int points) {
        return points > 5000 ? 2.2 : points > 1500 ? 2.8 : 3.5;
    }

    void paint(GraphicsContext g, PlotFrame f, double width, double height) {
        Palette p = f.palette();
        g.setFill(p.paper());
        g.fillRect(0, 0, width, height);
        Figure fig = f.figure();
        int[] colours = fig.colours();
        Box left = panel(0, width, height);
        Box right = panel(1, width, height);
        paintPanel(g, f, colours, 0, fig.left().layout(), left);
        paintPanel(g, f, colours, 1, fig.right().layout(), right);
        // The panels are not clipped (a canvas clip costs a blend over the whole canvas in software
        // rendering); what little spills over their edges (a ring, the end of a label) is painted over.
        g.setFill(p.paper());
        g.fillRect(0, 0, width, left.y());
        g.fillRect(0, left.y() + left.h(), width, height - left.y() - left.h());
        g.fillRect(0, 0, left.x(), height);
        g.fillRect(left.x() + left.w(), 0, right.x() - left.x() - left.w(), height);
        g.fillRect(right.x() + right.w(), 0, width - right.x() - right.w(), height);
        header(g, fig, p);
        frame(g, p, fig.left().title(), left);
        frame(g, p, fig.right().title(), right);
    }

    private static void frame(GraphicsContext g, Palette p, String title, Box b) {
        g.setFill(p.ink());
        g.setFont(TITLE_FONT);
        g.fillText(title, b.x(), b.y() - 6);
        // Four one-pixel fills rather than strokeRect: a stroked rectangle goes through the
        // anti-aliasing rasteriser, which in software rendering walks every row of the panel, inside
        // included (a fifth of the renderer's time on a plot frame while training, in JFR).
        double x0 = Math.floor(b.x());
        double y0 = Math.floor(b.y());
        double x1 = Math.floor(b.x() + b.w());
        double y1 = Math.floor(b.y() + b.h());
        g.setFill(p.frame());
        g.fillRect(x0, y0, x1 - x0, 1);
        g.fillRect(x0, y1 - 1, x1 - x0, 1);
        g.fillRect(x0, y0, 1, y1 - y0);
        g.fillRect(x1 - 1, y0, 1, y1 - y0);
    }

    private static void header(GraphicsContext g, Figure fig, Palette p) {
        g.setFill(p.ink());
        g.setFont(HEADING);
        g.fillText(fig.heading(), MARGIN, 20);
        g.setFont(SMALL);
        g.setFill(p.subtle());
        if (!fig.subheading().isEmpty()) {
            g.fillText(fig.subheading(), MARGIN, 38);
        }
        List<String> notes = fig.drift().notes();
        for (int k = 0; k < Math.min(2, notes.size()); k++) {
            g.fillText(notes.get(k), MARGIN, 55 + 16 * k);
        }
        double x = MARGIN;
        for (Figure.LegendEntry e : fig.legend()) {
            g.setFill(colour(e.argb(), 1));
            g.fillOval(x, 79, 10, 10);
            g.setFill(p.ink());
            g.fillText(e.name(), x + 14, 88);
            x += 26 + 6.5 * e.name().length();
        }
    }

    private void paintPanel(GraphicsContext g, PlotFrame f, int[] colours, int which, Layout layout, Box b) {
        int n = layout.size();
        double[] sx = new double[n];
        double[] sy = new double[n];
        Camera c = f.camera();
        for (int i = 0; i < n; i++) {
            sx[i] = c.screenX(layout.x(i), b.w(), b.h());
            sy[i] = c.screenY(layout.y(i), b.w(), b.h());
        }
        links(g, f, sx, sy, b);
        points(g, f, colours, which, sx, sy, b);
        if (which == 1 && f.arrows()) {
            arrows(g, f, sx, sy, b);
        }
        if (which == 1) {
            ghosts(g, f, sx, sy, b);
        }
        if (which == 1) {
            trails(g, f, b);
        }
        rings(g, f, sx, sy, b, radius(n));
        labels(g, f, sx, sy, b, radius(n), which);
        added(g, f, which, b);
    }

    /**
     * Words added from the table: a hollow diamond in the highlight colour, labelled. In the tuned panel
     * only at the epochs whose table the run keeps.
     */
    private static void added(GraphicsContext g, PlotFrame f, int which, Box b) {
        Camera c = f.camera();
        g.setLineWidth(2);
        g.setFont(LABEL);
        for (var p : f.added()) {
            if (which == 1 && !p.inTuned()) {
                continue;
            }
            double x = b.x() + c.screenX(which == 0 ? p.frozenX() : p.tunedX(), b.w(), b.h());
            double y = b.y() + c.screenY(which == 0 ? p.frozenY() : p.tunedY(), b.w(), b.h());
            if (!b.contains(x, y)) {
                continue;
            }
            double r = 6;
            g.setStroke(f.palette().highlight());
            g.strokePolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
            g.setFill(f.palette().highlight());
            g.fillText(p.word(), x + r + 3, y + 4);
        }
    }

    /** Strokes the part of a line inside the panel. */
    private static void line(GraphicsContext g, Box b, double x0, double y0, double x1, double y1) {
        double[] s = Segments.clip(x0, y0, x1, y1, b.x(), b.y(), b.x() + b.w(), b.y() + b.h());
        if (s != null) {
            g.strokeLine(s[0], s[1], s[2], s[3]);
        }
    }

    private void points(GraphicsContext g, PlotFrame f, int[] colours, int which, double[] sx, double[] sy, Box b) {
        int w = (int) Math.ceil(b.w());
        int h = (int) Math.ceil(b.h());
        if (dots[which] == null
                || dots[which].raster().width() != w
                || dots[which].raster().height() != h) {
            dots[which] = Dots.of(w, h);
        }
        PointRaster raster = dots[which].raster();
        raster.clear();
        double r = radius(sx.length);
        boolean searching = !f.matches().isEmpty();
        for (int i = 0; i < sx.length; i++) {
            if (sx[i] < -r || sy[i] < -r || sx[i] > w + r || sy[i] > h + r) {
                continue;
            }
            int argb = colours[i];
            if (searching && !f.matches().contains(i)) {
                // Everything but the matches fades, so the matches stand out in both panels.
                argb = (argb & 0x00FFFFFF) | 0x50000000;
            }
            raster.disc(sx[i], sy[i], r, argb);
        }
        dots[which].buffer().updateBuffer(buffer -> null);
        g.drawImage(dots[which].image(), b.x(), b.y());
    }

    private static void arrows(GraphicsContext g, PlotFrame f, double[] tx, double[] ty, Box b) {
        Layout frozen = f.figure().left().layout();
        Camera c = f.camera();
        int n = tx.length;
        double[] moved = new double[n];
        double[] fx = new double[n];
        double[] fy = new double[n];
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fx[i] = c.screenX(frozen.x(i), b.w(), b.h());
            fy[i] = c.screenY(frozen.y(i), b.w(), b.h());
            moved[i] = Math.hypot(tx[i] - fx[i], ty[i] - fy[i]);
            if (moved[i] > 4) {
                candidates.add(i);
            }
        }
        candidates.sort((x, y) -> Double.compare(moved[y], moved[x]));
        g.setStroke(f.palette().arrow());
        g.setLineWidth(1);
        for (int i : candidates.subList(0, Math.min(MAX_ARROWS, candidates.size()))) {
            double x0 = b.x() + fx[i], y0 = b.y() + fy[i], x1 = b.x() + tx[i], y1 = b.y() + ty[i];
            line(g, b, x0, y0, x1, y1);
            if (b.contains(x1, y1)) {
                double a = Math.atan2(y1 - y0, x1 - x0);
                g.strokeLine(x1, y1, x1 - 6 * Math.cos(a - 0.45), y1 - 6 * Math.sin(a - 0.45));
                g.strokeLine(x1, y1, x1 - 6 * Math.cos(a + 0.45), y1 - 6 * Math.sin(a + 0.45));
            }
        }
    }

    /** The watched pairs: a line between the two words and, at its middle, their cosine in this panel. */
    private static void links(GraphicsContext g, PlotFrame f, double[] sx, double[] sy, Box b) {
        g.setStroke(colour(FigureRenderer.LINK, 1));
        g.setLineWidth(1.2);
        for (Figure.Link l : f.figure().drift().links()) {
            double ax = b.x() + sx[l.a()], ay = b.y() + sy[l.a()];
            double bx = b.x() + sx[l.b()], by = b.y() + sy[l.b()];
            line(g, b, ax, ay, bx, by);
        }
    }

    /** The most moved words: a faint ring at their frozen place and an arrow to where they are now. */
    private static void ghosts(GraphicsContext g, PlotFrame f, double[] tx, double[] ty, Box b) {
        Layout frozen = f.figure().left().layout();
        Camera c = f.camera();
        g.setStroke(f.palette().subtle());
        g.setLineWidth(1);
        for (int i : f.figure().drift().movers()) {
            double x0 = b.x() + c.screenX(frozen.x(i), b.w(), b.h());
            double y0 = b.y() + c.screenY(frozen.y(i), b.w(), b.h());
            double x1 = b.x() + tx[i];
            double y1 = b.y() + ty[i];
            if (b.contains(x0, y0)) {
                g.strokeOval(x0 - 4, y0 - 4, 8, 8);
            }
            double length = Math.hypot(x1 - x0, y1 - y0);
            if (length < 3) {
                continue;
            }
            double ex = x1 - 5 * (x1 - x0) / length;
            double ey = y1 - 5 * (y1 - y0) / length;
            line(g, b, x0, y0, ex, ey);
            if (b.contains(ex, ey)) {
                double a = Math.atan2(y1 - y0, x1 - x0);
                g.strokeLine(ex, ey, ex - 6 * Math.cos(a - 0.45), ey - 6 * Math.sin(a - 0.45));
                g.strokeLine(ex, ey, ex - 6 * Math.cos(a + 0.45), ey - 6 * Math.sin(a + 0.45));
            }
        }
    }

    private static void trails(GraphicsContext g, PlotFrame f, Box b) {
        Camera c = f.camera();
        g.setStroke(f.palette().subtle());
        g.setFill(f.palette().subtle());
        g.setLineWidth(1.5);
        for (Map.Entry<Integer, double[]> e : f.trails().entrySet()) {
            double[] xy = e.getValue();
            double px = Double.NaN, py = Double.NaN;
            for (int k = 0; k < xy.length / 2; k++) {
                double x = b.x() + c.screenX(xy[2 * k], b.w(), b.h());
                double y = b.y() + c.screenY(xy[2 * k + 1], b.w(), b.h());
                if (k > 0) {
                    line(g, b, px, py, x, y);
                }
                if (b.contains(x, y)) {
                    g.fillOval(x - 2, y - 2, 4, 4);
                }
                px = x;
                py = y;
            }
        }
    }

    private static void rings(GraphicsContext g, PlotFrame f, double[] sx, double[] sy, Box b, double r) {
        g.setStroke(f.palette().highlight());
        g.setLineWidth(2);
        for (int i : f.matches()) {
            if (b.contains(b.x() + sx[i], b.y() + sy[i])) {
                g.strokeOval(b.x() + sx[i] - r - 3, b.y() + sy[i] - r - 3, 2 * r + 6, 2 * r + 6);
            }
        }
        for (int i : new int[] {f.selected(), f.hovered()}) {
            if (i >= 0 && i < sx.length && b.contains(b.x() + sx[i], b.y() + sy[i])) {
                g.setStroke(f.palette().ink());
                g.strokeOval(b.x() + sx[i] - r - 5, b.y() + sy[i] - r - 5, 2 * r + 10, 2 * r + 10);
            }
        }
    }

    private static void labels(GraphicsContext g, PlotFrame f, double[] sx, double[] sy, Box b, double r, int which) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int i : new int[] {f.selected(), f.hovered()}) {
            if (i >= 0) {
                chosen.add(i);
            }
        }
        chosen.addAll(f.matches());
        chosen.addAll(f.figure().labelled());
        int budget = chosen.size() + ZOOM_LABELS;
        if (f.camera().zoom() >= LABEL_ZOOM) {
            for (int i : f.order()) {
                if (chosen.size() >= budget) {
                    break;
                }
                if (sx[i] >= 0 && sy[i] >= 0 && sx[i] <= b.w() && sy[i] <= b.h()) {
                    chosen.add(i);
                }
            }
        }
        LabelPlacer placer = new LabelPlacer(b.x() + 2, b.y() + 2, b.x() + b.w() - 2, b.y() + b.h() - 2);
        List<Integer> visible = new ArrayList<>();
        for (int i : chosen) {
            if (i < sx.length && sx[i] >= 0 && sy[i] >= 0 && sx[i] <= b.w() && sy[i] <= b.h()) {
                visible.add(i);
                placer.reserveDot(b.x() + sx[i], b.y() + sy[i], r + 1);
            }
        }
        g.setFont(LABEL);
        List<String> words = f.figure().words();
        for (int i : visible) {
            String word = words.get(i);
            double px = b.x() + sx[i];
            double py = b.y() + sy[i];
            double width = 11 * 0.62 * word.length();
            double[] at = placer.place(px, py, width, 11);
            boolean strong = i == f.selected() || f.matches().contains(i);
            g.setFill(strong ? f.palette().highlight() : f.palette().ink());
            g.fillText(word, at[0], at[1]);
        }
        // each watched pair's cosine in this panel, beside the middle of its line, where no word label is
        g.setFont(SMALL);
        g.setFill(colour(FigureRenderer.LINK, 1));
        for (Figure.Link l : f.figure().drift().links()) {
            double mx = b.x() + (sx[l.a()] + sx[l.b()]) / 2;
            double my = b.y() + (sy[l.a()] + sy[l.b()]) / 2;
            if (b.contains(mx, my)) {
                String text = which == 0 ? l.leftLabel() : l.rightLabel();
                double[] at = placer.place(mx, my, 12 * 0.55 * text.length(), 12);
                g.fillText(text, at[0], at[1]);
            }
        }
    }

    static Color colour(int argb, double alpha) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, alpha * ((argb >>> 24) & 0xFF) / 255.0);
    }
}
