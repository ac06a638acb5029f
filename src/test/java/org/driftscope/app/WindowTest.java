package org.driftscope.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, for a test to click through: started before each test with scripted
 * answers to its questions and a home folder of its own, closed after.
 */
abstract class WindowTest {
    @TempDir
    Path dir;

    final FxRobot robot = new FxRobot();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    DriftscopeApp app;

    /** How many epochs a run of the window trains by default. */
    abstract int epochs();

    @BeforeEach
    void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = launch();
    }

    /** Starts the window (again, after {@link #restart}: a user quitting and coming back). */
    DriftscopeApp launch() throws Exception {
        var options = new DriftscopeApp.AppOptions(
                RunConfig.defaults().withEpochs(epochs()), null, dialogs, dir.resolve("home"));
        return (DriftscopeApp) FxToolkit.setupApplication(() -> new DriftscopeApp(options));
    }

    /** Closes the window and starts it again with the same home folder. */
    void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        app = launch();
    }

    @AfterEach
    void closeApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /**
     * Clicks a control that opens a popup (a menu, a combo box), then the popup's items by their
     * text. Each item is looked up on the FX thread once it shows: a lookup from the test thread
     * walks the window list while the FX thread is adding the popup to it, and fails now and then.
     */
    void choose(String opener, String... items) throws Exception {
        robot.clickOn(opener);
        for (String item : items) {
            javafx.scene.Node[] found = new javafx.scene.Node[1];
            waitFor(() -> {
                found[0] = WaitForAsyncUtils.asyncFx(() -> robot.lookup(item)
                                .tryQuery()
                                .filter(javafx.scene.Node::isVisible)
                                .orElse(null))
                        .get();
                return found[0] != null;
            });
            robot.clickOn(found[0]);
        }
    }

    static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, condition);
    }
}
