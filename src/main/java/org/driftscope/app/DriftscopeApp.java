package org.driftscope.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.training.RunConfig;

/** The desktop app: one window that opens the first bundled sample and trains on it. */
public final class DriftscopeApp extends Application {
    private final AppOptions options;
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "driftscope-background");
        t.setDaemon(true);
        return t;
    });

    /**
     * What a test or a caller may change about the app.
     *
     * @param config training settings
     * @param sample what to open at start, or {@code null} for the first bundled sample
     * @param exportTarget asks where to save a figure (a file dialog by default)
     */
    public record AppOptions(RunConfig config, Sample sample, Function<Window, Optional<Path>> exportTarget) {
        public static AppOptions defaults() {
            return new AppOptions(RunConfig.defaults(), null, DriftscopeApp::chooseExportFile);
        }
    }

    public DriftscopeApp() {
        this(AppOptions.defaults());
    }

    public DriftscopeApp(AppOptions options) {
        this.options = options;
    }

    @Override
    public void start(Stage stage) {
        var model = new MainViewModel(options.config(), background, Platform::runLater);
        var view = new MainView(model, options.exportTarget());
        Scene scene = new Scene(view.root(), 1280, 800);
        var css = DriftscopeApp.class.getResource("/css/driftscope.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setTitle("Driftscope");
        var icon = DriftscopeApp.class.getResourceAsStream("/icons/driftscope.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setScene(scene);
        stage.show();
        Sample sample = options.sample();
        if (sample == null) {
            try {
                List<Sample> samples = SampleCatalog.load();
                sample = samples.isEmpty() ? null : samples.get(0);
            } catch (IOException e) {
                var alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                alert.setHeaderText("Could not read the bundled samples");
                alert.show();
            }
        }
        if (sample != null) {
            model.open(sample);
        }
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }

    private static Optional<Path> chooseExportFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export figure");
        chooser.setInitialFileName("driftscope.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }
}
