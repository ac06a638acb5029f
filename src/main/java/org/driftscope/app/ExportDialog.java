package org.driftscope.app;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.driftscope.export.ExportSet;
import org.driftscope.vectors.VectorFormat;

/** One dialog for every export of the epoch on screen: figure, tables and vectors. */
final class ExportDialog extends Dialog<ExportSet> {
    ExportDialog(Window owner, ExportSet suggested) {
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export the epoch on screen. Every file says what it was made from.");
        TextField folder = new TextField(suggested.folder().toString());
        folder.setPrefColumnCount(28);
        Button browse = new Button("Browse...");
        browse.setMinWidth(Button.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File start = new File(folder.getText());
            if (start.isDirectory()) {
                chooser.setInitialDirectory(start);
            }
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });
        TextField base = new TextField(suggested.base());
        CheckBox png = new CheckBox("Figure as PNG (2x)");
        png.setSelected(suggested.png());
        CheckBox svg = new CheckBox("Figure as SVG");
        svg.setSelected(suggested.svg());
        CheckBox coordinates = new CheckBox("Coordinates (CSV)");
        coordinates.setSelected(suggested.coordinates());
        CheckBox drift = new CheckBox("Drift metrics and neighbours (CSV)");
        drift.setSelected(suggested.drift());
        CheckBox vectors = new CheckBox("Fine-tuned vectors as");
        vectors.setSelected(suggested.vectors() != null);
        vectors.setTooltip(new javafx.scene.control.Tooltip("After the last epoch: every row of the vector file,"
                + " the tuned rows replaced (a drop-in replacement). After an earlier epoch: the drawn words only."));
        ComboBox<VectorFormat> format = new ComboBox<>();
        format.getItems().setAll(VectorFormat.values());
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(VectorFormat f) {
                return f == null ? "" : describe(f);
            }

            @Override
            public VectorFormat fromString(String text) {
                return null;
            }
        });
        format.setValue(suggested.vectors() == null ? VectorFormat.WORD2VEC_TEXT : suggested.vectors());
        format.disableProperty().bind(vectors.selectedProperty().not());
        Label error = new Label();
        error.getStyleClass().add("form-error");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Folder"), new HBox(6, folder, browse));
        grid.addRow(1, new Label("File names start with"), base);
        grid.add(png, 1, 2);
        grid.add(svg, 1, 3);
        grid.add(coordinates, 1, 4);
        grid.add(drift, 1, 5);
        grid.add(new HBox(6, vectors, format), 1, 6);
        grid.add(error, 1, 7);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // Checks the form before the dialog closes, and keeps it open with the reason when it is wrong.
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                build(folder, base, png, svg, coordinates, drift, vectors, format, suggested);
            } catch (RuntimeException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK
                ? build(folder, base, png, svg, coordinates, drift, vectors, format, suggested)
                : null);
    }

    /** A format as people name it. */
    static String describe(VectorFormat f) {
        return switch (f) {
            case WORD2VEC_TEXT -> "word2vec text (.vec)";
            case WORD2VEC_BINARY -> "word2vec binary (.bin)";
            case GLOVE_TEXT -> "GloVe text (no header)";
            case PROJECTOR_TSV -> "TensorBoard projector (.tsv + metadata)";
        };
    }

    private static ExportSet build(
            TextField folder,
            TextField base,
            CheckBox png,
            CheckBox svg,
            CheckBox coordinates,
            CheckBox drift,
            CheckBox vectors,
            ComboBox<VectorFormat> format,
            ExportSet suggested) {
        if (folder.getText().isBlank()) {
            throw new IllegalArgumentException("choose a folder");
        }
        return new ExportSet(
                Path.of(folder.getText().strip()),
                base.getText().strip(),
                png.isSelected(),
                svg.isSelected(),
                coordinates.isSelected(),
                drift.isSelected(),
                vectors.isSelected() ? format.getValue() : null,
                suggested.colouring());
    }
}
