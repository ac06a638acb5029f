package org.driftscope.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.driftscope.compare.Comparison;
import org.driftscope.export.Colouring;
import org.driftscope.export.ComparisonExports;
import org.driftscope.export.ComparisonFigure;
import org.driftscope.plot.Figure;

/**
 * Runs compared in a window of their own: the frozen panel and every run's tuned panel in one frame,
 * drawn as the exports draw them, and below it the words whose drift differs most between the runs,
 * with each run's cosine displacement. Export writes the figure or the table.
 */
final class CompareWindow {
    /** Rows of the table: the words whose drift differs most. */
    static final int ROWS = 100;

    private CompareWindow() {}

    static Stage show(Comparison c, Window owner, Path folder, Dialogs dialogs) {
        Figure figure = ComparisonFigure.of(c, Colouring.CLASS);
        org.driftscope.plot.Scene scene = org.driftscope.plot.Scene.plain(figure);
        Canvas canvas = new Canvas();
        canvas.setId("compare-plot");
        Pane holder = new Pane(canvas);
        holder.setMinSize(0, 0);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        FxPainter painter = new FxPainter();
        Runnable repaint =
                () -> painter.paint(canvas.getGraphicsContext2D(), scene, canvas.getWidth(), canvas.getHeight());
        canvas.widthProperty().addListener(o -> repaint.run());
        canvas.heightProperty().addListener(o -> repaint.run());

        TableView<Integer> table = new TableView<>();
        table.setId("compare-table");
        TableColumn<Integer, String> word = new TableColumn<>("Word");
        word.setCellValueFactory(r -> new ReadOnlyStringWrapper(c.words().get(r.getValue())));
        table.getColumns().add(word);
        for (int r = 0; r < c.names().size(); r++) {
            int run = r;
            TableColumn<Integer, Number> col = new TableColumn<>(c.names().get(r));
            col.setCellValueFactory(
                    row -> new ReadOnlyObjectWrapper<>(c.displacement().get(run)[row.getValue()]));
            col.setCellFactory(x -> number());
            table.getColumns().add(col);
        }
        TableColumn<Integer, Number> spread = new TableColumn<>("Spread");
        spread.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(c.spread(row.getValue())));
        spread.setCellFactory(x -> number());
        table.getColumns().add(spread);
        table.getItems().setAll(c.mostDifferent(ROWS));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Every word drifted alike in these runs."));

        Label caption = new Label("Words whose drift differs most between the runs (cosine displacement per run)");
        caption.getStyleClass().add("panel-title");
        Label status = new Label();
        status.setId("compare-status");
        Button export = new Button("Export...");
        export.setId("compare-export");
        HBox bar = new HBox(8, caption, new Pane(), status, export);
        HBox.setHgrow(bar.getChildren().get(1), Priority.ALWAYS);
        VBox lower = new VBox(6, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        lower.setPadding(new Insets(6, 10, 10, 10));
        SplitPane split = new SplitPane(holder, lower);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.68);

        Stage stage = new Stage();
        export.setOnAction(e -> dialogs.chooseComparisonExport(stage, folder).ifPresent(f -> write(c, f, status)));
        stage.setTitle("Driftscope - runs compared: " + String.join(" vs ", c.names()));
        Scene fx = new Scene(new BorderPane(split), Math.min(1600, 420 + 360 * figure.panels()), 860);
        var css = CompareWindow.class.getResource("/css/driftscope.css");
        if (css != null) {
            fx.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(fx);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
        repaint.run();
        return stage;
    }

    private static javafx.scene.control.TableCell<Integer, Number> number() {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Locale.ROOT, "%.4f", v.doubleValue()));
            }
        };
    }

    /** Writes the comparison in the background and says where, or what went wrong, in the status label. */
    static void write(Comparison c, Path target, Label status) {
        status.setText("Writing " + target.getFileName() + "...");
        Thread t = org.driftscope.work.Workers.thread(
                () -> {
                    String said;
                    try {
                        ComparisonExports.write(c, target, Colouring.CLASS);
                        said = "Wrote " + target;
                    } catch (Exception e) {
                        said = "Could not write " + target.getFileName() + ": " + e.getMessage();
                    }
                    String text = said;
                    javafx.application.Platform.runLater(() -> status.setText(text));
                },
                "driftscope-compare-export");
        t.start();
    }
}
