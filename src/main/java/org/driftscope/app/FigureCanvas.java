package org.driftscope.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.driftscope.plot.Figure;
import org.driftscope.plot.FigureRenderer;

/** A canvas that fills its region and repaints the current figure when either changes. */
final class FigureCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");

    FigureCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("figure-canvas");
        figure.addListener((obs, old, now) -> repaint());
        widthProperty().addListener(obs -> requestLayout());
        heightProperty().addListener(obs -> requestLayout());
    }

    ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    Figure getFigure() {
        return figure.get();
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

    private void repaint() {
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Figure f = figure.get();
        if (f != null && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            FigureRenderer.paint(f, new FxPainter(g), canvas.getWidth(), canvas.getHeight());
        }
    }
}
