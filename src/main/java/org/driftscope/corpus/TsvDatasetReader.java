package org.driftscope.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftscope.io.InputFileException;
import org.driftscope.io.InputFiles;

/** Reads {@code label<TAB>text} lines, the layout of the bundled samples. */
public final class TsvDatasetReader {
    private TsvDatasetReader() {}

    public static Dataset read(Path file) throws IOException {
        List<LabeledText> documents = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(InputFiles.open(file), StandardCharsets.UTF_8))) {
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                int tab = text.indexOf('\t');
                if (tab <= 0 || tab == text.length() - 1) {
                    throw InputFileException.atLine(file, line, "expected 'label<TAB>text'");
                }
                documents.add(new LabeledText(text.substring(0, tab).strip(), text.substring(tab + 1), line));
            }
        }
        Dataset dataset = new Dataset(file, documents);
        if (dataset.size() == 0) {
            throw InputFileException.whole(file, "the dataset holds no documents");
        }
        if (dataset.labels().size() < 2) {
            throw InputFileException.whole(
                    file,
                    "every document has the label '" + dataset.labels().get(0)
                            + "'; a classifier needs at least two classes");
        }
        return dataset;
    }
}
