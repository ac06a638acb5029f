package org.driftscope.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.training.RunConfig;
import org.driftscope.work.Workers;

/** The desktop app: one window to open vectors and a dataset, train, and watch the embedding drift. */
public final class DriftscopeApp extends Application {
    private final AppOptions options;
    private final ExecutorService background = Executors.newCachedThreadPool(Workers.named("driftscope-background"));
    private MainView view;
    private MainViewModel model;

    /**
     * What a caller (the launcher, a test) may change about the app.
     *
     * @param config training settings the form starts with
     * @param sample what to open at start, or {@code null} for the start screen
     * @param dialogs asks the user things (tests answer instead)
     * @param home where settings and autosaves live ({@code ~/.driftscope})
     */
    public record AppOptions(RunConfig config, Sample sample, Dialogs dialogs, Path home) {
        public static AppOptions defaults() {
            return new AppOptions(
                    RunConfig.defaults(), null, new Dialogs(), Path.of(System.getProperty("user.home"), ".driftscope"));
        }

        public AppOptions withSample(Sample s) {
            return new AppOptions(config, s, dialogs, home);
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
        Settings settings = Settings.load(options.home());
        model = new MainViewModel(
                options.config(), background, Platform::runLater, options.home().resolve("autosave"));
        model.recentProperty().setAll(settings.recent());
        model.recentProperty().addListener((javafx.collections.ListChangeListener<String>) c -> {
            settings.recentReplace(model.recentProperty());
            settings.save();
        });
        List<Sample> samples = List.of();
        try {
            samples = SampleCatalog.load();
        } catch (IOException e) {
            model.errorProperty().set(ErrorReport.of("Could not read the bundled samples", e));
        }
        view = new MainView(
                model, options.dialogs(), samples, settings.exportFolder(Path.of(System.getProperty("user.home"))));
        view.exportFolderProperty().addListener((obs, old, folder) -> {
            settings.setExportFolder(folder);
            settings.save();
        });
        double[] window = settings.window();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(
                view.root(),
                Math.min(screen.getWidth(), window == null ? 1440 : window[2]),
                Math.min(screen.getHeight(), window == null ? 880 : window[3]));
        var css = DriftscopeApp.class.getResource("/css/driftscope.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        view.darkProperty().addListener((obs, old, dark) -> theme(dark, view));
        view.darkProperty().set(settings.dark());
        theme(settings.dark(), view);
        stage.setTitle("Driftscope");
        var icon = DriftscopeApp.class.getResourceAsStream("/icons/driftscope.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        if (window != null) {
            stage.setX(window[0]);
            stage.setY(window[1]);
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (model.stateProperty().get().running()
                    && !options.dialogs()
                            .confirm(
                                    stage,
                                    "Stop training and quit?",
                                    "The epochs so far are autosaved; the one in progress is lost.")) {
                e.consume();
                return;
            }
            settings.setDark(view.darkProperty().get());
            settings.setWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            settings.recentReplace(model.recentProperty());
            settings.save();
        });
        stage.show();
        if (options.sample() != null) {
            model.open(options.sample());
        }
    }

    private static void theme(boolean dark, MainView view) {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        view.root().getStyleClass().removeAll("dark", "light");
        view.root().getStyleClass().add(dark ? "dark" : "light");
    }

    /** How long closing waits for background work (the last autosave) before interrupting it. */
    static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofSeconds(5);

    @Override
    public void stop() {
        // The close dialog promised the epochs so far are autosaved: let the last autosave finish.
        org.driftscope.work.Workers.drain(background, CLOSE_WAIT);
    }

    MainView view() {
        return view;
    }

    MainViewModel model() {
        return model;
    }
}
