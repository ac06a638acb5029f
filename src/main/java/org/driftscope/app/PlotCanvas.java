package org.driftscope.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.driftscope.export.Picture;
import org.driftscope.export.SnapshotFigure;
import org.driftscope.plot.Camera;
import org.driftscope.plot.Figure;
import org.driftscope.plot.PanelData;
import org.driftscope.plot.Scene;
import org.driftscope.plot.SceneRenderer;
import org.driftscope.plot.Theme;
import org.driftscope.projection.Layout;
import org.driftscope.session.EpochView;

/**
 * The two panels, interactive: scroll or +/- to zoom, drag or the arrow keys to pan, 0 to reset; hover
 * for a word's numbers, click to select it (in both panels at once). A new epoch slides each point from
 * where it was to where it is now.
 */
final class PlotCanvas extends Region {
    /** How long the slide between two epochs takes. */
    static final double TRANSITION_MS = 350;

    private static final double HOVER_PX = 8;
    private static final double KEY_PAN_PX = 40;

    private final ExploreModel model;
    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final FxPainter painter = new FxPainter();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);

    private Camera camera = Camera.fitting(new Camera.Bounds(-1, 1, -1, 1));
    private Figure figure;
    private int[] order = new int[0];
    private Layout shownTuned;
    private Layout fromTuned;
    private long transitionStart = -1;
    private final FramePacer pacer = new FramePacer();
    private long paints;
    private int hovered = -1;
    private double dragX;
    private double dragY;
    private final AnimationTimer animation = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step(now);
        }
    };

    PlotCanvas(ExploreModel model) {
        this.model = model;
        getStyleClass().add("plot");
        hover.setId("hover");
        hover.getStyleClass().add("plot-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        getChildren().addAll(canvas, hover);
        setFocusTraversable(true);
        setMinSize(200, 150);

        model.shownProperty().addListener((obs, old, now) -> show(old, now));
        model.history().addListener((javafx.collections.ListChangeListener<EpochView>) c -> rehome());
        model.selectedProperty().addListener(obs -> repaint());
        model.matchesProperty().addListener(obs -> repaint());
        model.arrowsProperty().addListener(obs -> repaint());
        model.trailsProperty().addListener(obs -> repaint());
        model.placedProperty().addListener(obs -> repaint());
        model.colouringProperty().addListener(obs -> show(null, model.shown()));
        dark.addListener(obs -> repaint());
        // The canvas paints every pixel of the plot opaque. Saying so lets JavaFX start each repaint
        // at this region and skip what lies beneath (the window's own backgrounds). An opaque
        // background would say it too, but would itself be painted under the canvas every frame,
        // which in software rendering cost about a third of the renderer's time during training.
        setOpaqueInsets(Insets.EMPTY);

        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(-1, 0, 0));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        show(null, model.shown());
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    private void show(EpochView old, EpochView now) {
        if (now == null) {
            figure = null;
            shownTuned = null;
            repaint();
            return;
        }
        Figure next = SnapshotFigure.of(now, model.colouringProperty().get());
        boolean sameRun = old != null && figure != null && old.run() == now.run() && shownTuned != null;
        figure = next;
        order = mostMovedFirst(now);
        if (sameRun && old.epoch() != now.epoch()) {
            fromTuned = shownTuned;
            transitionStart = 0;
            pacer.start();
            animation.start();
            // The slide's first frame, on the next pulse, paints the new epoch: painting it now as well
            // would have that frame wait for this one to be rendered.
            return;
        }
        shownTuned = now.tuned();
        transitionStart = -1;
        animation.stop();
        if (old == null || old.run() != now.run()) {
            rehome();
            camera = Camera.fitting(camera.home());
        }
        repaint();
    }

    private void step(long now) {
        if (figure == null || model.shown() == null) {
            animation.stop();
            return;
        }
        if (transitionStart == 0) {
            transitionStart = now;
        }
        double t = Math.min(1, (now - transitionStart) / (TRANSITION_MS * 1e6));
        if (t < 1 && !pacer.frame(System.nanoTime())) {
            return;
        }
        double eased = t * t * (3 - 2 * t);
        Layout target = model.shown().tuned();
        shownTuned = t >= 1 || fromTuned == null ? target : Layout.between(fromTuned, target, eased);
        if (t >= 1) {
            animation.stop();
            transitionStart = -1;
        }
        repaint();
    }

    /** True while points are sliding between two epochs. */
    boolean animating() {
        return transitionStart >= 0;
    }

    private static int[] mostMovedFirst(EpochView v) {
        double[] d = v.drift().displacement();
        return java.util.stream.IntStream.range(0, d.length)
                .boxed()
                .sorted((a, b) -> Double.compare(d[b], d[a]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private void rehome() {
        List<Layout> layouts = new ArrayList<>();
        for (EpochView v : model.history()) {
            if (layouts.isEmpty()) {
                layouts.add(v.frozen());
            }
            layouts.add(v.tuned());
        }
        camera = camera.rehome(Camera.Bounds.of(layouts));
        repaint();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
    }

    /** How many times the plot has been painted: the benchmark waits for a new epoch's first frame. */
    long paints() {
        return paints;
    }

    /** Paints the current state now (the benchmark calls it directly). */
    void repaint() {
        paints++;
        var g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        if (figure == null) {
            g.setFill(FxPainter.colour(Theme.of(dark.get()).paper()));
            g.fillRect(0, 0, w, h);
            return;
        }
        painter.paint(g, scene(), w, h);
    }

    /** What the plot shows now, as the renderer draws it. */
    private Scene scene() {
        Figure f = figure;
        Layout tuned = shownTuned == null ? f.right().layout() : shownTuned;
        if (tuned != f.right().layout()) {
            f = f.withRight(new PanelData(f.right().title(), tuned));
        }
        Map<Integer, double[]> trails = new HashMap<>();
        if (model.trailsProperty().get() && model.history().size() > 1) {
            int s = model.selectedProperty().get();
            if (s >= 0) {
                trails.put(s, model.trail(s));
            }
            for (int m : model.matchesProperty().get()) {
                if (trails.size() < 10) {
                    trails.put(m, model.trail(m));
                }
            }
        }
        return new Scene(
                f,
                camera,
                order,
                model.matchesProperty().get(),
                model.selectedProperty().get(),
                hovered,
                trails,
                model.arrowsProperty().get(),
                model.placedProperty().get(),
                Theme.of(dark.get()));
    }

    /**
     * The picture an export writes: what the plot shows, at its size, without the pointer's hover and
     * with the epoch's own layout rather than a frame of the slide to it; null before anything is shown.
     */
    Picture picture() {
        if (figure == null || getWidth() < 1 || getHeight() < 1) {
            return null;
        }
        Scene s = scene();
        Figure settled = figure;
        return new Picture(
                new Scene(
                        settled,
                        s.camera(),
                        s.order(),
                        s.matches(),
                        s.selected(),
                        -1,
                        s.trails(),
                        s.arrows(),
                        s.added(),
                        s.theme()),
                (int) Math.round(getWidth()),
                (int) Math.round(getHeight()));
    }

    // ---- Gestures -------------------------------------------------------------------------------

    private void onScroll(ScrollEvent e) {
        int p = panelAt(e.getX(), e.getY());
        if (p < 0 || e.getDeltaY() == 0) {
            return;
        }
        SceneRenderer.Box b = box(p);
        zoom(Math.pow(1.0015, e.getDeltaY()), e.getX() - b.x(), e.getY() - b.y());
        e.consume();
    }

    private void onDrag(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        SceneRenderer.Box b = box(0);
        camera = camera.panBy(e.getX() - dragX, e.getY() - dragY, b.w(), b.h());
        dragX = e.getX();
        dragY = e.getY();
        setHovered(-1, 0, 0);
        repaint();
    }

    private void onClick(MouseEvent e) {
        if (!e.isStillSincePress()) {
            return;
        }
        int i = pointAt(e.getX(), e.getY());
        if (e.getClickCount() == 2 && i >= 0) {
            Layout l = panelAt(e.getX(), e.getY()) == 0 ? figure.left().layout() : displayedTuned();
            camera = camera.centreOn(l.x(i), l.y(i))
                    .zoomAbout(2, box(0).w() / 2, box(0).h() / 2, box(0).w(), box(0).h());
        }
        model.selectedProperty().set(i);
        repaint();
    }

    private void onMove(MouseEvent e) {
        setHovered(pointAt(e.getX(), e.getY()), e.getX(), e.getY());
    }

    private void onKey(KeyEvent e) {
        SceneRenderer.Box b = box(0);
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoom(1.25, b.w() / 2, b.h() / 2);
            case MINUS, SUBTRACT -> zoom(0.8, b.w() / 2, b.h() / 2);
            case DIGIT0, NUMPAD0 -> resetView();
            case LEFT -> pan(KEY_PAN_PX, 0);
            case RIGHT -> pan(-KEY_PAN_PX, 0);
            case UP -> pan(0, KEY_PAN_PX);
            case DOWN -> pan(0, -KEY_PAN_PX);
            default -> {
                return;
            }
        }
        e.consume();
    }

    void zoom(double factor, double sx, double sy) {
        SceneRenderer.Box b = box(0);
        camera = camera.zoomAbout(factor, sx, sy, b.w(), b.h());
        repaint();
    }

    void pan(double dx, double dy) {
        SceneRenderer.Box b = box(0);
        camera = camera.panBy(dx, dy, b.w(), b.h());
        repaint();
    }

    void resetView() {
        camera = Camera.fitting(camera.home());
        repaint();
    }

    Camera camera() {
        return camera;
    }

    private void setHovered(int i, double x, double y) {
        if (i == hovered) {
            return;
        }
        hovered = i;
        if (i >= 0 && model.shown() != null) {
            hover.setText(model.describe(i));
            hover.autosize();
            double hx = Math.min(x + 14, getWidth() - hover.getWidth() - 4);
            double hy = Math.min(y + 14, getHeight() - hover.getHeight() - 4);
            hover.relocate(Math.max(0, hx), Math.max(0, hy));
            hover.setVisible(true);
        } else {
            hover.setVisible(false);
        }
        repaint();
    }

    // ---- Geometry -------------------------------------------------------------------------------

    private SceneRenderer.Box box(int panel) {
        return SceneRenderer.panel(panel, getWidth(), getHeight());
    }

    private int panelAt(double x, double y) {
        for (int p = 0; p < 2; p++) {
            if (box(p).contains(x, y)) {
                return p;
            }
        }
        return -1;
    }

    /** The tuned layout as drawn now (part-way through a slide while {@link #animating()}). */
    Layout displayedTuned() {
        return shownTuned == null ? figure.right().layout() : shownTuned;
    }

    /** The word drawn nearest to a canvas point, within a few pixels, or -1. */
    int pointAt(double x, double y) {
        int p = panelAt(x, y);
        if (p < 0 || figure == null) {
            return -1;
        }
        Layout l = p == 0 ? figure.left().layout() : displayedTuned();
        SceneRenderer.Box b = box(p);
        int best = -1;
        double bestD = HOVER_PX * HOVER_PX;
        for (int i = 0; i < l.size(); i++) {
            double dx = b.x() + camera.screenX(l.x(i), b.w(), b.h()) - x;
            double dy = b.y() + camera.screenY(l.y(i), b.w(), b.h()) - y;
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Where a word is drawn in a panel (0 frozen, 1 tuned), in this region's coordinates. */
    Point2D screenPoint(int panel, int word) {
        Layout l = panel == 0 ? figure.left().layout() : displayedTuned();
        SceneRenderer.Box b = box(panel);
        return new Point2D(
                b.x() + camera.screenX(l.x(word), b.w(), b.h()), b.y() + camera.screenY(l.y(word), b.w(), b.h()));
    }

    Set<Integer> highlighted() {
        return model.matchesProperty().get();
    }

    Figure figure() {
        return figure;
    }

    Canvas canvas() {
        return canvas;
    }
}
