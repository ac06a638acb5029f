package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.driftscope.plot.Figure;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless: open the bundled sample, train, export, stop. */
@Tag("slow")
class MainWindowTest {
    private static final int TIMEOUT_S = 120;

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Path exported;
    private javafx.application.Application app;

    @BeforeEach
    void startApp() throws Exception {
        exported = dir.resolve("figure.png");
        Stage stage = FxToolkit.registerPrimaryStage();
        var options =
                new DriftscopeApp.AppOptions(RunConfig.defaults().withEpochs(2), null, window -> Optional.of(exported));
        app = FxToolkit.setupApplication(() -> new DriftscopeApp(options));
        assertThat(stage).isNotNull();
    }

    @AfterEach
    void closeApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void trainingTwoEpochsShowsBothPanelsAndExportsThem() throws Exception {
        Button train = robot.lookup("#train").queryButton();
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> !train.isDisabled());

        robot.clickOn(train);
        Label epoch = robot.lookup("#epoch").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> "2".equals(epoch.getText()));

        Figure figure = robot.lookup("#figure").queryAs(FigureCanvas.class).getFigure();
        assertThat(figure.left().layout().size())
                .isGreaterThan(50)
                .isEqualTo(figure.right().layout().size());
        double accuracy = Double.parseDouble(
                robot.lookup("#accuracy").queryAs(Label.class).getText());
        assertThat(accuracy).isBetween(0.0, 1.0);

        robot.clickOn("#export");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> Files.exists(exported));
        BufferedImage png = ImageIO.read(exported.toFile());
        assertThat(dir.resolve("figure.png.provenance.txt"))
                .content()
                .contains("vectors: ", "dataset: ", "seed 42", "epoch 2");
        assertThat(png).isNotNull();
        assertThat(coloursIn(png, 0, png.getWidth() / 2))
                .as("colours in the frozen panel")
                .isGreaterThan(1);
        assertThat(coloursIn(png, png.getWidth() / 2, png.getWidth()))
                .as("colours in the tuned panel")
                .isGreaterThan(1);
    }

    @Test
    void stopEndsARunAndReturnsToIdle() throws Exception {
        Button train = robot.lookup("#train").queryButton();
        Button stop = robot.lookup("#stop").queryButton();
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> !train.isDisabled());

        robot.clickOn(train);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> !stop.isDisabled());
        robot.clickOn(stop);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> !train.isDisabled() && stop.isDisabled());

        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("Training stopped");
    }

    private static int coloursIn(BufferedImage image, int fromX, int toX) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = fromX; x < toX; x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
