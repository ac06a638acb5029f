package org.driftscope.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.driftscope.export.ExportSet;

/**
 * Every question the window asks the user, in one place, so a test can answer them instead (override
 * the choosers; the error dialog is real, it is what a test checks).
 */
class Dialogs {
    /**
     * The vectors file and the dataset to open, and how the dataset is laid out.
     *
     * @param vectors pretrained vectors
     * @param dataset labelled texts (a file or a folder of class files)
     * @param layout the dataset's layout, or null to detect it
     */
    record FilePair(Path vectors, Path dataset, org.driftscope.corpus.DatasetFormat layout) {}

    /** Asks for the files, starting from the last choice (or null). */
    Optional<FilePair> chooseFiles(Window owner, FilePair last) {
        return new OpenFilesDialog(owner, last).showAndWait();
    }

    Optional<ExportSet> chooseExport(Window owner, ExportSet suggested) {
        return new ExportDialog(owner, suggested).showAndWait();
    }

    Optional<Path> chooseSessionToSave(Window owner, String suggestedName) {
        FileChooser chooser = sessionChooser("Save the session");
        chooser.setInitialFileName(suggestedName + ".driftscope");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Where to write the run's animation: a GIF, or the first of numbered PNGs. */
    Optional<Path> chooseAnimation(Window owner, Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the epochs as an animation");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Animated GIF", "*.gif"),
                        new FileChooser.ExtensionFilter("Numbered PNG frames (name-000.png, ...)", "*.png"));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName + ".gif");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    Optional<Path> chooseSessionToOpen(Window owner) {
        return Optional.ofNullable(sessionChooser("Open a session").showOpenDialog(owner))
                .map(File::toPath);
    }

    /** Sessions to compare with the run shown; empty when the user cancels. */
    List<Path> chooseSessionsToCompare(Window owner) {
        List<File> files =
                sessionChooser("Sessions to compare (choose one or more)").showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /** Where to write a comparison: a figure (.png, .svg) or its table (.csv); empty when cancelled. */
    Optional<Path> chooseComparisonExport(Window owner, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the comparison");
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Figure (PNG)", "*.png"),
                        new FileChooser.ExtensionFilter("Figure (SVG)", "*.svg"),
                        new FileChooser.ExtensionFilter("Table (CSV)", "*.csv"));
        chooser.setInitialFileName("comparison.png");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Asks before something that cannot be undone; true to go ahead. */
    boolean confirm(Window owner, String question, String detail) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle("Driftscope");
        alert.setHeaderText(question);
        alert.initOwner(owner);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** A sheet of help text, in a fixed-width font so its columns line up; it does not block. */
    void showHelp(Window owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Driftscope");
        alert.setHeaderText(title);
        javafx.scene.control.Label body = new javafx.scene.control.Label(text);
        body.setId("help-text");
        body.setStyle("-fx-font-family: 'Monospaced';");
        alert.getDialogPane().setContent(body);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    void showError(Window owner, ErrorReport report) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Driftscope");
        alert.setHeaderText(report.title());
        alert.setContentText(report.reason());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    private static FileChooser sessionChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Driftscope session", "*.driftscope"));
        return chooser;
    }
}
