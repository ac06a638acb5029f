package org.driftscope.plot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftscope.projection.Layout;

/**
 * Paints a {@link Scene} onto any {@link Painter}: a header with the heading, the fidelity notes and the
 * colour key, then the frozen and the tuned panel side by side. The window's canvas, the PNG and the SVG
 * are all drawn by this one class, so an export is what the screen shows. Labels, rings, arrows and
 * trails are drawn for the few words that need them; the points go to {@link Painter#points} at once.
 */
public final class SceneRenderer {
    public static final double HEADER = 96;
    public static final double MARGIN = 12;
    public static final double GAP = 12;
    public static final double TITLE = 20;
    /** Labels drawn per panel when zoomed in, beyond the words the user named, searched or selected. */
    public static final int ZOOM_LABELS = 80;
    /** Zoom from which the most-moved visible words are labelled too. */
    public static final double LABEL_ZOOM = 2.5;
    /** Arrows drawn at most, for the words that moved most on screen. */
    public static final int MAX_ARROWS = 400;
    /** Watched pairs' lines and labels. */
    public static final int LINK = 0xFF7A3FB0;

    private static final double LABEL_SIZE = 11;

    private SceneRenderer() {}

    /** A panel's box. */
    public record Box(double x, double y, double w, double h) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    /** Where panel {@code which} (0 frozen, 1 tuned) sits in a picture of this size. */
    public static Box panel(int which, double width, double height) {
        return panel(which, 2, width, height);
    }

    /** Where panel {@code which} of {@code count} side by side sits in a picture of this size. */
    public static Box panel(int which, int count, double width, double height) {
        double w = Math.max(10, (width - 2 * MARGIN - (count - 1) * GAP) / count);
        double h = Math.max(10, height - HEADER - TITLE - MARGIN);
        return new Box(MARGIN + which * (w + GAP), HEADER + TITLE, w, h);
    }

    /** The dots' radius: smaller when there are many. */
    public static double radius(int points) {
        return points > 5000 ? 2.2 : points > 1500 ? 2.8 : 3.5;
    }

    public static void paint(Scene s, Painter p, double width, double height) {
        Theme t = s.theme();
        p.fillRect(0, 0, width, height, t.paper());
        Figure fig = s.figure();
        int count = fig.panels();
        Box[] boxes = new Box[count];
        int[] order = s.order();
        for (int which = 0; which < count; which++) {
            boxes[which] = panel(which, count, width, height);
            paintPanel(p, s, which, fig.panel(which).layout(), boxes[which], order);
        }
        // The panels are not clipped (a canvas clip costs a blend over the whole canvas in software
        // rendering); what little spills over their edges (a ring, the end of a label) is painted over.
        Box first = boxes[0];
        Box last = boxes[count - 1];
        p.fillRect(0, 0, width, first.y(), t.paper());
        p.fillRect(0, first.y() + first.h(), width, height - first.y() - first.h(), t.paper());
        p.fillRect(0, 0, first.x(), height, t.paper());
        for (int which = 1; which < count; which++) {
            Box a = boxes[which - 1];
            p.fillRect(a.x() + a.w(), 0, boxes[which].x() - a.x() - a.w(), height, t.paper());
        }
        p.fillRect(last.x() + last.w(), 0, width - last.x() - last.w(), height, t.paper());
        header(p, fig, t, width);
        for (int which = 0; which < count; which++) {
            frame(p, t, fig.panel(which).title(), boxes[which]);
        }
    }

    private static void frame(Painter p, Theme t, String title, Box b) {
        p.text(b.x(), b.y() - 6, title, fitted(title, 13, true, b.w()), true, t.ink());
        // Four one-pixel fills rather than a stroked rectangle: in JavaFX's software rendering a stroked
        // rectangle goes through the anti-aliasing rasteriser, which walks every row of the panel.
        double x0 = Math.floor(b.x());
        double y0 = Math.floor(b.y());
        double x1 = Math.floor(b.x() + b.w());
        double y1 = Math.floor(b.y() + b.h());
        p.fillRect(x0, y0, x1 - x0, 1, t.frame());
        p.fillRect(x0, y1 - 1, x1 - x0, 1, t.frame());
        p.fillRect(x0, y0, 1, y1 - y0, t.frame());
        p.fillRect(x1 - 1, y0, 1, y1 - y0, t.frame());
    }

    /**
     * The size at which a line fits a width, shrunk from {@code size} down to 8 at the least, from the
     * width text of that size takes on average (a bold character 0.62 of the size, a plain one 0.55).
     */
    static double fitted(String text, double size, boolean bold, double room) {
        double perCharacter = bold ? 0.62 : 0.55;
        double needs = perCharacter * size * text.length();
        return needs <= room ? size : Math.max(8, size * room / needs);
    }

    private static void header(Painter p, Figure fig, Theme t, double width) {
        double room = width - 2 * MARGIN;
        p.text(MARGIN, 20, fig.heading(), fitted(fig.heading(), 15, true, room), true, t.ink());
        if (!fig.subheading().isEmpty()) {
            p.text(MARGIN, 38, fig.subheading(), fitted(fig.subheading(), 12, false, room), false, t.subtle());
        }
        List<String> notes = fig.drift().notes();
        for (int k = 0; k < Math.min(2, notes.size()); k++) {
            p.text(MARGIN, 55 + 16 * k, notes.get(k), fitted(notes.get(k), 12, false, room), false, t.subtle());
        }
        double x = MARGIN;
        for (Figure.LegendEntry e : fig.legend()) {
            p.fillCircle(x + 5, 84, 5, e.argb());
            p.text(x + 14, 88, e.name(), 12, false, t.ink());
            x += 26 + 6.5 * e.name().length();
        }
    }

    private static void paintPanel(Painter p, Scene s, int which, Layout layout, Box b, int[] order) {
        int n = layout.size();
        double[] sx = new double[n];
        double[] sy = new double[n];
        Camera c = s.camera();
        for (int i = 0; i < n; i++) {
            sx[i] = c.screenX(layout.x(i), b.w(), b.h());
            sy[i] = c.screenY(layout.y(i), b.w(), b.h());
        }
        links(p, s, sx, sy, b);
        points(p, s, sx, sy, b);
        if (which >= 1) {
            if (s.arrows()) {
                arrows(p, s, sx, sy, b);
            }
            ghosts(p, s, s.figure().movers(which), sx, sy, b);
            if (which == 1) {
                trails(p, s, b);
            }
        }
        double r = radius(n);
        rings(p, s, sx, sy, b, r);
        labels(p, s, sx, sy, b, r, which, order);
        added(p, s, which, b);
    }

    /** Strokes the part of a line inside the panel. */
    private static void line(Painter p, Box b, double x0, double y0, double x1, double y1, int argb, double w) {
        double[] seg = Segments.clip(x0, y0, x1, y1, b.x(), b.y(), b.x() + b.w(), b.y() + b.h());
        if (seg != null) {
            p.line(seg[0], seg[1], seg[2], seg[3], argb, w);
        }
    }

    private static void points(Painter p, Scene s, double[] sx, double[] sy, Box b) {
        int[] colours = s.figure().colours();
        if (!s.matches().isEmpty()) {
            for (int i = 0; i < colours.length; i++) {
                if (!s.matches().contains(i)) {
                    // Everything but the matches fades, so the matches stand out in both panels.
                    colours[i] = (colours[i] & 0x00FFFFFF) | 0x50000000;
                }
            }
        }
        p.points(b.x(), b.y(), b.w(), b.h(), sx, sy, colours, radius(sx.length));
    }

    private static void arrowHead(Painter p, Box b, double x0, double y0, double x1, double y1, int argb) {
        if (b.contains(x1, y1)) {
            double a = Math.atan2(y1 - y0, x1 - x0);
            p.line(x1, y1, x1 - 6 * Math.cos(a - 0.45), y1 - 6 * Math.sin(a - 0.45), argb, 1);
            p.line(x1, y1, x1 - 6 * Math.cos(a + 0.45), y1 - 6 * Math.sin(a + 0.45), argb, 1);
        }
    }

    private static void arrows(Painter p, Scene s, double[] tx, double[] ty, Box b) {
        Layout frozen = s.figure().left().layout();
        Camera c = s.camera();
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
        int argb = s.theme().arrow();
        for (int i : candidates.subList(0, Math.min(MAX_ARROWS, candidates.size()))) {
            double x0 = b.x() + fx[i];
            double y0 = b.y() + fy[i];
            double x1 = b.x() + tx[i];
            double y1 = b.y() + ty[i];
            line(p, b, x0, y0, x1, y1, argb, 1);
            arrowHead(p, b, x0, y0, x1, y1, argb);
        }
    }

    /** The watched pairs: a line between the two words. */
    private static void links(Painter p, Scene s, double[] sx, double[] sy, Box b) {
        for (Figure.Link l : s.figure().drift().links()) {
            line(p, b, b.x() + sx[l.a()], b.y() + sy[l.a()], b.x() + sx[l.b()], b.y() + sy[l.b()], LINK, 1.2);
        }
    }

    /** The most moved words: a faint ring at their frozen place and an arrow to where they are now. */
    private static void ghosts(Painter p, Scene s, int[] movers, double[] tx, double[] ty, Box b) {
        Layout frozen = s.figure().left().layout();
        Camera c = s.camera();
        int argb = s.theme().subtle();
        for (int i : movers) {
            double x0 = b.x() + c.screenX(frozen.x(i), b.w(), b.h());
            double y0 = b.y() + c.screenY(frozen.y(i), b.w(), b.h());
            double x1 = b.x() + tx[i];
            double y1 = b.y() + ty[i];
            if (b.contains(x0, y0)) {
                p.strokeCircle(x0, y0, 4, argb, 1);
            }
            double length = Math.hypot(x1 - x0, y1 - y0);
            if (length < 3) {
                continue;
            }
            // stop short of the dot so the head stays visible beside it
            double ex = x1 - 5 * (x1 - x0) / length;
            double ey = y1 - 5 * (y1 - y0) / length;
            line(p, b, x0, y0, ex, ey, argb, 1);
            arrowHead(p, b, x0, y0, ex, ey, argb);
        }
    }

    private static void trails(Painter p, Scene s, Box b) {
        Camera c = s.camera();
        // the highlight colour, a little transparent: a trail in the subtle grey vanished among the dots
        int argb = (s.theme().highlight() & 0x00FFFFFF) | 0xB0000000;
        for (Map.Entry<Integer, double[]> e : s.trails().entrySet()) {
            double[] xy = e.getValue();
            double px = Double.NaN;
            double py = Double.NaN;
            for (int k = 0; k < xy.length / 2; k++) {
                double x = b.x() + c.screenX(xy[2 * k], b.w(), b.h());
                double y = b.y() + c.screenY(xy[2 * k + 1], b.w(), b.h());
                if (k > 0) {
                    line(p, b, px, py, x, y, argb, 2);
                }
                if (b.contains(x, y)) {
                    p.fillCircle(x, y, 2.5, argb);
                }
                px = x;
                py = y;
            }
        }
    }

    private static void rings(Painter p, Scene s, double[] sx, double[] sy, Box b, double r) {
        for (int i : s.matches()) {
            if (i < sx.length && b.contains(b.x() + sx[i], b.y() + sy[i])) {
                p.strokeCircle(b.x() + sx[i], b.y() + sy[i], r + 3, s.theme().highlight(), 2);
            }
        }
        for (int i : new int[] {s.selected(), s.hovered()}) {
            if (i >= 0 && i < sx.length && b.contains(b.x() + sx[i], b.y() + sy[i])) {
                p.strokeCircle(b.x() + sx[i], b.y() + sy[i], r + 5, s.theme().ink(), 2);
            }
        }
    }

    private static void labels(Painter p, Scene s, double[] sx, double[] sy, Box b, double r, int which, int[] order) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int i : new int[] {s.selected(), s.hovered()}) {
            if (i >= 0) {
                chosen.add(i);
            }
        }
        chosen.addAll(s.matches());
        chosen.addAll(s.figure().labelled());
        int budget = chosen.size() + ZOOM_LABELS;
        if (s.camera().zoom() >= LABEL_ZOOM) {
            for (int i : order) {
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
        List<String> words = s.figure().words();
        for (int i : visible) {
            String word = words.get(i);
            double px = b.x() + sx[i];
            double py = b.y() + sy[i];
            double width = LABEL_SIZE * 0.62 * word.length();
            double[] at = placer.place(px, py, width, LABEL_SIZE);
            boolean strong = i == s.selected() || s.matches().contains(i);
            p.text(
                    at[0],
                    at[1],
                    word,
                    LABEL_SIZE,
                    true,
                    strong ? s.theme().highlight() : s.theme().ink());
        }
        // each watched pair's cosine in this panel, beside the middle of its line, where no word label is
        List<Figure.Link> links = s.figure().drift().links();
        for (int k = 0; k < links.size(); k++) {
            Figure.Link l = links.get(k);
            double mx = b.x() + (sx[l.a()] + sx[l.b()]) / 2;
            double my = b.y() + (sy[l.a()] + sy[l.b()]) / 2;
            if (b.contains(mx, my)) {
                String text = s.figure().linkLabel(which, k);
                double[] at = placer.place(mx, my, 12 * 0.55 * text.length(), 12);
                p.text(at[0], at[1], text, 12, false, LINK);
            }
        }
    }

    /**
     * Words added from the table: a hollow diamond in the highlight colour, labelled. In the tuned panel
     * only at the epochs whose table the run keeps.
     */
    private static void added(Painter p, Scene s, int which, Box b) {
        Camera c = s.camera();
        int argb = s.theme().highlight();
        for (Scene.Added a : s.added()) {
            if (which > 1 || which == 1 && !a.inTuned()) {
                continue;
            }
            double x = b.x() + c.screenX(which == 0 ? a.frozenX() : a.tunedX(), b.w(), b.h());
            double y = b.y() + c.screenY(which == 0 ? a.frozenY() : a.tunedY(), b.w(), b.h());
            if (!b.contains(x, y)) {
                continue;
            }
            double r = 6;
            p.line(x, y - r, x + r, y, argb, 2);
            p.line(x + r, y, x, y + r, argb, 2);
            p.line(x, y + r, x - r, y, argb, 2);
            p.line(x - r, y, x, y - r, argb, 2);
            p.text(x + r + 3, y + 4, a.word(), LABEL_SIZE, true, argb);
        }
    }
}
