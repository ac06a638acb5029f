package org.driftscope.app;

import java.io.IOException;
import javafx.application.Application;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.nd4j.Nd4jSetup;

/**
 * Starts the desktop app. A separate main class, because the JavaFX launcher refuses a main class that
 * extends {@link Application} when JavaFX is on the class path rather than the module path.
 *
 * <p>{@code --sample NAME} opens a bundled sample at once; without it the start screen shows.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws IOException {
        try {
            launch(args);
        } catch (UnsupportedOperationException e) {
            // JavaFX's way of saying there is no screen to open a window on (no DISPLAY, an ssh session)
            System.err.println("Driftscope: cannot open a window here (" + e.getMessage() + "). On a server,"
                    + " use the command line instead: driftscope --help");
            System.exit(2);
        }
    }

    private static void launch(String[] args) throws IOException {
        SoftwareRendering.tune();
        Nd4jSetup.configure();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--sample") && i + 1 < args.length) {
                String name = args[i + 1];
                var sample = SampleCatalog.find(name)
                        .orElseThrow(() -> new IllegalArgumentException("no bundled sample is called '" + name + "'"));
                start(DriftscopeApp.AppOptions.defaults().withSample(sample));
                return;
            }
        }
        Application.launch(DriftscopeApp.class, args);
    }

    private static void start(DriftscopeApp.AppOptions options) {
        Starter.options = options;
        Application.launch(Starter.class);
    }

    /** Application.launch builds the app with its no-argument constructor; this one carries options in. */
    public static final class Starter extends Application {
        static DriftscopeApp.AppOptions options;
        private final DriftscopeApp app = new DriftscopeApp(options);

        @Override
        public void start(javafx.stage.Stage stage) {
            app.start(stage);
        }

        @Override
        public void stop() {
            app.stop();
        }
    }
}
