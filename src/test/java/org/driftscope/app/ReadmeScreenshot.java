package org.driftscope.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;
import org.driftscope.training.RunConfig;

/**
 * Takes the README's screenshot from the real window: opens the app headless, trains the first sample
 * for 5 epochs and snapshots the scene.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.app.ReadmeScreenshot -Dexec.args=docs/screenshot.png}. Two more
 * arguments look at other things: the word to find (default alps), the number of words drawn (empty: the
 * default) and the window's size ({@code 1024x700}).
 */
public final class ReadmeScreenshot {
    private ReadmeScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/screenshot.png");
        int epochs = 5;
        String word = args.length > 1 ? args[1] : "alps";
        RunConfig config = RunConfig.defaults().withEpochs(epochs);
        HeadlessApp app = HeadlessApp.start(
                args.length > 2 && !args[2].isEmpty() ? config.withTrackLimit(Integer.parseInt(args[2])) : config,
                args.length > 3 ? args[3] : null);
        app.click("#train");
        app.waitFor(() -> app.label("#epoch").equals(Integer.toString(epochs))
                && !app.button("#train").isDisabled());
        // Select a watched word, so the neighbour lists and its trail show.
        Platform.runLater(() -> ((javafx.scene.control.TextField) app.scene().lookup("#search")).setText(word));
        if (word.equals("alps")) {
            app.waitFor(() ->
                    !((PlotCanvas) app.scene().lookup("#plot")).highlighted().isEmpty());
        }
        Platform.runLater(() -> ((javafx.scene.control.TextField) app.scene().lookup("#search"))
                .fireEvent(new javafx.event.ActionEvent()));
        app.waitFor(() -> !((PlotCanvas) app.scene().lookup("#plot")).animating());
        CountDownLatch shot = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(app.scene().snapshot(null), null), "png", target.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                shot.countDown();
            }
        });
        shot.await();
        System.out.println("wrote " + target);
        System.exit(0);
    }
}
