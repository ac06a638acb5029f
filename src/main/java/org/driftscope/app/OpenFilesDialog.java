package org.driftscope.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.driftscope.corpus.DatasetFormat;

/**
 * Chooses the vectors and the dataset in one dialog: the dataset a file or a folder (a file per class, as
 * MR ships; a folder per class), any extension, and its layout detected or named.
 */
final class OpenFilesDialog extends Dialog<Dialogs.FilePair> {
    OpenFilesDialog(javafx.stage.Window owner, Dialogs.FilePair last) {
        initOwner(owner);
        setTitle("Open your files");
        setHeaderText("Pretrained vectors and a labelled dataset");
        getDialogPane().setId("open-files");
        TextField vectors = new TextField(last == null ? "" : last.vectors().toString());
        vectors.setId("open-vectors");
        vectors.setPrefColumnCount(34);
        vectors.setPromptText("word2vec .bin or text, GloVe .txt, fastText .vec; .gz too");
        Button browseVectors = new Button("Choose file...");
        browseVectors.setMinWidth(Button.USE_PREF_SIZE);
        browseVectors.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Pretrained vectors");
            chooser.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter("All files", "*"),
                            new FileChooser.ExtensionFilter(
                                    "Word vectors", "*.bin", "*.vec", "*.txt", "*.tsv", "*.gz"));
            start(chooser, vectors.getText());
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                vectors.setText(f.getPath());
            }
        });
        TextField dataset = new TextField(last == null ? "" : last.dataset().toString());
        dataset.setId("open-dataset");
        dataset.setPromptText("a file, or a folder of class files (MR's rt-polarity.pos/.neg)");
        Button file = new Button("Choose file...");
        file.setMinWidth(Button.USE_PREF_SIZE);
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Labelled dataset");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
            start(chooser, dataset.getText().isBlank() ? vectors.getText() : dataset.getText());
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                dataset.setText(f.getPath());
            }
        });
        Button folder = new Button("Choose folder...");
        folder.setMinWidth(Button.USE_PREF_SIZE);
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Labelled dataset: a folder with a file or a folder per class");
            File at = folderOf(dataset.getText().isBlank() ? vectors.getText() : dataset.getText());
            if (at != null) {
                chooser.setInitialDirectory(at);
            }
            File f = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                dataset.setText(f.getPath());
            }
        });
        ComboBox<DatasetFormat> layout = new ComboBox<>();
        layout.setId("open-layout");
        layout.getItems().add(null);
        layout.getItems().addAll(DatasetFormat.values());
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(DatasetFormat f) {
                return describe(f);
            }

            @Override
            public DatasetFormat fromString(String s) {
                return null;
            }
        });
        layout.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DatasetFormat f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty ? null : describe(f));
            }
        });
        layout.setValue(last == null ? null : last.layout());
        Label error = new Label();
        error.setId("open-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setMaxWidth(560);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Vectors"), vectors, new HBox(6, browseVectors));
        grid.addRow(1, new Label("Dataset"), dataset, new HBox(6, file, folder));
        grid.addRow(2, new Label("Layout"), layout);
        Label hint = new Label("A folder is read as a file per class (the file's name is the label) or a folder"
                + " per class. Name the layout when detection is unsure.");
        hint.getStyleClass().add("start-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        grid.add(hint, 1, 3, 2, 1);
        grid.add(error, 1, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(ButtonType.OK)).setText("Open");
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                build(vectors.getText(), dataset.getText(), layout.getValue());
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        setResultConverter(
                b -> b == ButtonType.OK ? build(vectors.getText(), dataset.getText(), layout.getValue()) : null);
    }

    /**
     * The choice, checked. A class file named with a layout that reads folders (a file per class) stands
     * for its folder.
     *
     * @throws IllegalArgumentException saying what is missing
     */
    static Dialogs.FilePair build(String vectorsText, String datasetText, DatasetFormat layout) {
        if (vectorsText.isBlank()) {
            throw new IllegalArgumentException("Choose the vectors file.");
        }
        if (datasetText.isBlank()) {
            throw new IllegalArgumentException("Choose the dataset: a file or a folder.");
        }
        Path v = Path.of(vectorsText.strip());
        Path d = Path.of(datasetText.strip());
        if (!Files.isRegularFile(v)) {
            throw new IllegalArgumentException("There is no file " + v + ".");
        }
        if (!Files.exists(d)) {
            throw new IllegalArgumentException("There is no file or folder " + d + ".");
        }
        boolean readsFolders = layout == DatasetFormat.FILE_PER_CLASS || layout == DatasetFormat.FOLDER_PER_CLASS;
        if (readsFolders && Files.isRegularFile(d) && d.toAbsolutePath().getParent() != null) {
            d = d.toAbsolutePath().getParent();
        }
        if (!readsFolders && layout != null && Files.isDirectory(d)) {
            throw new IllegalArgumentException(
                    d.getFileName() + " is a folder; the " + layout.label() + " layout reads one file.");
        }
        return new Dialogs.FilePair(v, d, layout);
    }

    static String describe(DatasetFormat f) {
        if (f == null) {
            return "Detect from the files";
        }
        return switch (f) {
            case CSV -> "CSV: a text and a label column";
            case TSV -> "TSV: a text and a label column";
            case FASTTEXT -> "fastText: __label__X text";
            case LABEL_FIRST -> "label text, per line (SST-2's stsa.binary.*)";
            case FILE_PER_CLASS -> "a file per class, a document per line (MR)";
            case FOLDER_PER_CLASS -> "a folder per class, a document per file";
        };
    }

    private static void start(FileChooser chooser, String near) {
        File at = folderOf(near);
        if (at != null) {
            chooser.setInitialDirectory(at);
        }
    }

    private static File folderOf(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        File f = new File(path.strip());
        File dir = f.isDirectory() ? f : f.getAbsoluteFile().getParentFile();
        return dir != null && dir.isDirectory() ? dir : null;
    }
}
