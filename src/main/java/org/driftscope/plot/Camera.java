package org.driftscope.plot;

import java.util.List;
import org.driftscope.projection.Layout;

/**
 * Where an interactive plot looks: a home frame that fits every layout of a run, and a zoom and centre
 * within it. Both panels of a figure use one camera, so zooming into a cluster on the left shows the
 * same region of the shared frame on the right. Immutable: each gesture returns a new camera.
 *
 * @param home the region shown at zoom 1
 * @param centreX the data coordinate at the middle of a panel
 * @param centreY the data coordinate at the middle of a panel
 * @param zoom magnification over the home view, in [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}]
 */
public record Camera(Bounds home, double centreX, double centreY, double zoom) {
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 200;
    /** Pixels kept free around the home frame inside a panel. */
    private static final double INSET = 24;

    public Camera {
        if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) {
            throw new IllegalArgumentException("zoom must be in [" + MIN_ZOOM + ", " + MAX_ZOOM + "], was " + zoom);
        }
    }

    /** The whole home frame, centred. */
    public static Camera fitting(Bounds home) {
        return new Camera(home, home.centreX(), home.centreY(), 1);
    }

    /** The same view of a new home frame (the zoom and centre are kept unless this camera is at home). */
    public Camera rehome(Bounds frame) {
        boolean atHome = zoom == 1 && centreX == home.centreX() && centreY == home.centreY();
        return atHome ? fitting(frame) : new Camera(frame, centreX, centreY, zoom);
    }

    /** Pixels per data unit in a panel of this size. */
    public double scale(double width, double height) {
        double fit = Math.min(
                Math.max(1, width - 2 * INSET) / home.width(), Math.max(1, height - 2 * INSET) / home.height());
        return fit * zoom;
    }

    /** Screen x of data x, in a panel whose left edge is 0. */
    public double screenX(double x, double width, double height) {
        return width / 2 + scale(width, height) * (x - centreX);
    }

    /** Screen y of data y (screen y grows downwards), in a panel whose top edge is 0. */
    public double screenY(double y, double width, double height) {
        return height / 2 - scale(width, height) * (y - centreY);
    }

    public double dataX(double sx, double width, double height) {
        return centreX + (sx - width / 2) / scale(width, height);
    }

    public double dataY(double sy, double width, double height) {
        return centreY - (sy - height / 2) / scale(width, height);
    }

    /** Zooms by {@code factor}, keeping the data point under ({@code sx}, {@code sy}) where it is. */
    public Camera zoomAbout(double factor, double sx, double sy, double width, double height) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double dx = dataX(sx, width, height);
        double dy = dataY(sy, width, height);
        double s = scale(width, height) * z / zoom;
        return new Camera(home, dx - (sx - width / 2) / s, dy + (sy - height / 2) / s, z);
    }

    /** Moves the view so the picture follows a drag of ({@code dx}, {@code dy}) pixels. */
    public Camera panBy(double dx, double dy, double width, double height) {
        double s = scale(width, height);
        return new Camera(home, centreX - dx / s, centreY + dy / s, zoom);
    }

    /** Centres on a data point, keeping the zoom. */
    public Camera centreOn(double x, double y) {
        return new Camera(home, x, y, zoom);
    }

    /**
     * An axis-aligned box in data coordinates, never empty.
     */
    public record Bounds(double minX, double maxX, double minY, double maxY) {
        public Bounds {
            if (!(minX <= maxX && minY <= maxY)) {
                throw new IllegalArgumentException("bounds need min <= max");
            }
        }

        /** The box around every point of every layout, with a unit box for no points. */
        public static Bounds of(List<Layout> layouts) {
            double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
            for (Layout l : layouts) {
                for (int i = 0; i < l.size(); i++) {
                    minX = Math.min(minX, l.x(i));
                    maxX = Math.max(maxX, l.x(i));
                    minY = Math.min(minY, l.y(i));
                    maxY = Math.max(maxY, l.y(i));
                }
            }
            return minX > maxX ? new Bounds(-1, 1, -1, 1) : new Bounds(minX, maxX, minY, maxY);
        }

        public double width() {
            return Math.max(1e-9, maxX - minX);
        }

        public double height() {
            return Math.max(1e-9, maxY - minY);
        }

        public double centreX() {
            return (minX + maxX) / 2;
        }

        public double centreY() {
            return (minY + maxY) / 2;
        }
    }
}
