package org.driftscope.plot;

import java.util.List;
import org.driftscope.projection.Layout;

/** Paints a {@link Figure} onto any {@link Painter}: heading, legend, then the two panels side by side. */
public final class FigureRenderer {
    static final int BACKGROUND = 0xFFFFFFFF;
    private static final int INK = 0xFF222222;
    private static final int FRAME = 0xFFBBBBBB;
    private static final int SUBTLE = 0xFF555555;
    private static final int LEADER = 0xFF999999;
    /** Height of the heading, subheading and legend; each note line adds {@link #LINE}. */
    private static final double HEADER = 74;

    private static final double LINE = 17;
    /** Watched pairs' lines and labels. */
    public static final int LINK = 0xFF7A3FB0;
    /** A most-moved word's ghost at its frozen place, and its arrow. */
    static final int GHOST = 0xFF666666;

    private static final double MARGIN = 16;
    private static final double GAP = 16;
    private static final double INSET = 24;
    private static final double LABEL_SIZE = 12;
    /** Room kept free on the right of each panel so the labels of the rightmost points stay inside. */
    private static final double LABEL_ROOM = 80;

    private FigureRenderer() {}

    public static void paint(Figure figure, Painter painter, double width, double height) {
        painter.fillRect(0, 0, width, height, BACKGROUND);
        painter.text(MARGIN, 24, figure.heading(), 15, true, INK);
        if (!figure.subheading().isEmpty()) {
            painter.text(MARGIN, 43, figure.subheading(), 12, false, SUBTLE);
        }
        List<String> notes = figure.drift().notes();
        for (int k = 0; k < notes.size(); k++) {
            painter.text(MARGIN, 60 + LINE * k, notes.get(k), 12, false, SUBTLE);
        }
        double header = HEADER + LINE * notes.size();
        double lx = MARGIN;
        for (Figure.LegendEntry entry : figure.legend()) {
            painter.fillCircle(lx + 5, header - 15, 5, entry.argb());
            painter.text(lx + 14, header - 11, entry.name(), 12, false, INK);
            lx += 24 + 7 * entry.name().length();
        }
        double panelWidth = (width - 2 * MARGIN - GAP) / 2;
        double panelHeight = height - header - MARGIN - 20;
        Camera.Bounds frame =
                Camera.Bounds.of(List.of(figure.left().layout(), figure.right().layout()));
        paintPanel(figure, false, painter, frame, MARGIN, header + 20, panelWidth, panelHeight);
        paintPanel(figure, true, painter, frame, MARGIN + panelWidth + GAP, header + 20, panelWidth, panelHeight);
    }

    private static void paintPanel(
            Figure figure,
            boolean tuned,
            Painter painter,
            Camera.Bounds frame,
            double x,
            double y,
            double w,
            double h) {
        PanelData panel = tuned ? figure.right() : figure.left();
        painter.text(x, y - 6, panel.title(), 13, true, INK);
        painter.strokeRect(x, y, w, h, FRAME, 1);
        Layout layout = panel.layout();
        double plotWidth = w - 2 * INSET - LABEL_ROOM;
        double scale = Math.min(plotWidth / frame.width(), (h - 2 * INSET) / frame.height());
        double ox = x + INSET + plotWidth / 2 - scale * frame.centreX();
        double oy = y + h / 2 + scale * frame.centreY();
        LabelPlacer placer = new LabelPlacer(x + 2, y + 2, x + w - 2, y + h - 2);
        if (tuned) {
            Layout before = figure.left().layout();
            for (int i : figure.drift().movers()) {
                double gx = ox + scale * before.x(i);
                double gy = oy - scale * before.y(i);
                double px = ox + scale * layout.x(i);
                double py = oy - scale * layout.y(i);
                painter.strokeCircle(gx, gy, 4, GHOST, 1);
                arrow(painter, gx, gy, px, py);
                placer.reserveDot(gx, gy, 4);
            }
        }
        for (Figure.Link l : figure.drift().links()) {
            double ax = ox + scale * layout.x(l.a());
            double ay = oy - scale * layout.y(l.a());
            double bx = ox + scale * layout.x(l.b());
            double by = oy - scale * layout.y(l.b());
            painter.line(ax, ay, bx, by, LINK, 1.2);
        }
        for (int i = 0; i < layout.size(); i++) {
            painter.fillCircle(ox + scale * layout.x(i), oy - scale * layout.y(i), 3.5, figure.colour(i));
        }
        List<Integer> labelled = figure.labelled().stream().sorted().toList();
        for (int i : labelled) {
            double px = ox + scale * layout.x(i);
            double py = oy - scale * layout.y(i);
            painter.strokeCircle(px, py, 5.5, INK, 1.2);
            placer.reserveDot(px, py, 5.5);
        }
        for (int i : labelled) {
            String word = figure.words().get(i);
            double px = ox + scale * layout.x(i);
            double py = oy - scale * layout.y(i);
            double width = LABEL_SIZE * 0.62 * word.length();
            double[] at = placer.place(px, py, width, LABEL_SIZE);
            // A label pushed away from its point gets a leader line, so it still says whose it is.
            double lx = Math.max(at[0], Math.min(px, at[0] + width));
            double ly = Math.max(at[1] - 0.8 * LABEL_SIZE, Math.min(py, at[1] + 0.2 * LABEL_SIZE));
            if (Math.hypot(lx - px, ly - py) > 12) {
                painter.line(px, py, lx, ly, LEADER, 0.8);
            }
            painter.text(at[0], at[1], word, LABEL_SIZE, true, INK);
        }
        for (Figure.Link l : figure.drift().links()) {
            String label = tuned ? l.rightLabel() : l.leftLabel();
            double mx = ox + scale * (layout.x(l.a()) + layout.x(l.b())) / 2;
            double my = oy - scale * (layout.y(l.a()) + layout.y(l.b())) / 2;
            double width = LABEL_SIZE * 0.55 * label.length();
            double[] at = placer.place(mx, my, width, LABEL_SIZE - 1);
            painter.text(at[0], at[1], label, LABEL_SIZE - 1, false, LINK);
        }
    }

    /** A line from (x0, y0) to (x1, y1) with a head at the far end; nothing for a move under 3 pixels. */
    private static void arrow(Painter painter, double x0, double y0, double x1, double y1) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length < 3) {
            return;
        }
        // stop short of the dot so the head stays visible beside it
        double ux = (x1 - x0) / length;
        double uy = (y1 - y0) / length;
        double ex = x1 - 5 * ux;
        double ey = y1 - 5 * uy;
        painter.line(x0, y0, ex, ey, GHOST, 1);
        double a = Math.atan2(uy, ux);
        painter.line(ex, ey, ex - 6 * Math.cos(a - 0.45), ey - 6 * Math.sin(a - 0.45), GHOST, 1);
        painter.line(ex, ey, ex - 6 * Math.cos(a + 0.45), ey - 6 * Math.sin(a + 0.45), GHOST, 1);
    }
}
