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
    private static final double HEADER = 74;
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
        double lx = MARGIN;
        for (Figure.LegendEntry entry : figure.legend()) {
            painter.fillCircle(lx + 5, 59, 5, entry.argb());
            painter.text(lx + 14, 63, entry.name(), 12, false, INK);
            lx += 24 + 7 * entry.name().length();
        }
        double panelWidth = (width - 2 * MARGIN - GAP) / 2;
        double panelHeight = height - HEADER - MARGIN - 20;
        Camera.Bounds frame =
                Camera.Bounds.of(List.of(figure.left().layout(), figure.right().layout()));
        paintPanel(figure, figure.left(), painter, frame, MARGIN, HEADER + 20, panelWidth, panelHeight);
        paintPanel(
                figure,
                figure.right(),
                painter,
                frame,
                MARGIN + panelWidth + GAP,
                HEADER + 20,
                panelWidth,
                panelHeight);
    }

    private static void paintPanel(
            Figure figure,
            PanelData panel,
            Painter painter,
            Camera.Bounds frame,
            double x,
            double y,
            double w,
            double h) {
        painter.text(x, y - 6, panel.title(), 13, true, INK);
        painter.strokeRect(x, y, w, h, FRAME, 1);
        Layout layout = panel.layout();
        double plotWidth = w - 2 * INSET - LABEL_ROOM;
        double scale = Math.min(plotWidth / frame.width(), (h - 2 * INSET) / frame.height());
        double ox = x + INSET + plotWidth / 2 - scale * frame.centreX();
        double oy = y + h / 2 + scale * frame.centreY();
        for (int i = 0; i < layout.size(); i++) {
            painter.fillCircle(ox + scale * layout.x(i), oy - scale * layout.y(i), 3.5, figure.colour(i));
        }
        LabelPlacer placer = new LabelPlacer(x + 2, y + 2, x + w - 2, y + h - 2);
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
    }
}
