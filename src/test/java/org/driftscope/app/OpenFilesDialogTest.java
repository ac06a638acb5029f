package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.driftscope.corpus.DatasetFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Open files dialog as a user fills it in: a folder or a file of any name, and a layout to name. */
@Tag("slow")
class OpenFilesDialogTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final CompletableFuture<Optional<Dialogs.FilePair>> result = new CompletableFuture<>();

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.runLater(() -> result.complete(new OpenFilesDialog(null, null).showAndWait()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#open-files")
                .tryQuery()
                .isPresent());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void fill(String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    private Button open() {
        return (Button) robot.lookup("#open-files").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
    }

    @Test
    void aClassFileNamedWithTheFilePerClassLayoutOpensItsFolder() throws Exception {
        Path vectors = Files.writeString(dir.resolve("v.txt"), "2 2\na 1 0\nb 0 1\n");
        Path mr = Files.createDirectories(dir.resolve("mr"));
        Path pos = Files.writeString(mr.resolve("rt-polarity.pos"), "a good film\n");
        Files.writeString(mr.resolve("rt-polarity.neg"), "a bad film\n");
        fill("#open-vectors", vectors.toString());
        fill("#open-dataset", pos.toString());
        @SuppressWarnings("unchecked")
        ComboBox<DatasetFormat> layout = robot.lookup("#open-layout").queryAs(ComboBox.class);
        robot.interact(() -> layout.setValue(DatasetFormat.FILE_PER_CLASS));

        robot.clickOn(open());

        Dialogs.FilePair chosen = result.get(30, TimeUnit.SECONDS).orElseThrow();
        assertThat(chosen.vectors()).isEqualTo(vectors);
        assertThat(chosen.dataset()).isEqualTo(mr.toAbsolutePath());
        assertThat(chosen.layout()).isEqualTo(DatasetFormat.FILE_PER_CLASS);
    }

    @Test
    void aMissingFileKeepsTheDialogOpenAndSaysWhich() throws Exception {
        fill("#open-vectors", dir.resolve("nowhere.vec").toString());
        fill("#open-dataset", dir.toString());

        robot.clickOn(open());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(result).isNotDone();
        assertThat(robot.lookup("#open-error").queryAs(Label.class).getText())
                .isEqualTo("There is no file " + dir.resolve("nowhere.vec") + ".");
    }
}
