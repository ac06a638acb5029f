package org.driftscope.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.driftscope.training.RunConfig;

/**
 * The real app in a headless toolkit (Monocle, software rendering), for the screenshot tool and the
 * benchmarks, which run as plain mains rather than tests.
 */
final class HeadlessApp {
    private final Stage stage;

    private HeadlessApp(Stage stage) {
        this.stage = stage;
    }

    static HeadlessApp start(RunConfig config) throws InterruptedException {
        return start(config, null);
    }

    /**
     * @param size the window's size, {@code WIDTHxHEIGHT}, or null for the app's default
     */
    static HeadlessApp start(RunConfig config, String size) throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        SoftwareRendering.tune();
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1600x1000-32");
        CountDownLatch started = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            stage[0] = new Stage();
            try {
                var home = java.nio.file.Files.createTempDirectory("driftscope-headless");
                if (size != null) {
                    // the window opens at the size the settings remember, as after a user resized it
                    java.nio.file.Files.writeString(
                            home.resolve("settings.properties"), "window=0,0," + size.replace('x', ',') + "\n");
                }
                var sample = org.driftscope.corpus.SampleCatalog.load().get(0);
                new DriftscopeApp(new DriftscopeApp.AppOptions(config, sample, new Dialogs(), home)).start(stage[0]);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            started.countDown();
        });
        started.await();
        return new HeadlessApp(stage[0]);
    }

    Scene scene() {
        return stage.getScene();
    }

    Button button(String id) {
        return (Button) stage.getScene().lookup(id);
    }

    String label(String id) {
        return ((Label) stage.getScene().lookup(id)).getText();
    }

    void click(String id) throws InterruptedException {
        waitFor(() -> !button(id).isDisabled());
        Platform.runLater(() -> button(id).fire());
    }

    /** Polls the condition on the FX thread until it holds, for at most three minutes. */
    void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!onFxThread(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not reach the expected state in 3 minutes");
            }
            Thread.sleep(20);
        }
    }

    static boolean onFxThread(BooleanSupplier condition) throws InterruptedException {
        CountDownLatch checked = new CountDownLatch(1);
        boolean[] ok = new boolean[1];
        Platform.runLater(() -> {
            ok[0] = condition.getAsBoolean();
            checked.countDown();
        });
        checked.await();
        return ok[0];
    }
}
