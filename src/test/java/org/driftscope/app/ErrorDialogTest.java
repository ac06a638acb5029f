package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A broken sample file must end in a dialog that names the file and the reason, not a stack trace. */
@Tag("slow")
class ErrorDialogTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @AfterEach
    void closeApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void malformedVectorFileShowsDialogWithFileAndLine() throws Exception {
        Path vectors = dir.resolve("broken.vec");
        Files.writeString(vectors, "3 4\nalps 0.1 0.2 0.3 0.4\nhimalaya 0.5 oops 0.7 0.8\n");
        Sample real = SampleCatalog.load().get(0);
        Sample broken = new Sample("broken", "", "", vectors, real.data(), List.of(), List.of());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() ->
                new DriftscopeApp(new DriftscopeApp.AppOptions(RunConfig.defaults(), broken, new Dialogs(), dir)));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .tryQuery()
                .isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo("broken.vec, line 3: 'oops' is not a number");
        assertThat(dialog.getHeaderText()).contains("broken");
        assertThat(robot.lookup("#train").queryButton().isDisabled()).isTrue();
    }
}
