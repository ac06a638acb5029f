package org.driftscope.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A labelled text collection as read from disk.
 *
 * @param source the file or folder it came from
 * @param format how it was read
 * @param documents the documents, in file order
 * @param notices what the reader noticed and the user should know (encodings, extra labels)
 */
public record Dataset(Path source, DatasetFormat format, List<LabeledText> documents, List<String> notices) {
    public Dataset {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        documents = List.copyOf(documents);
        notices = List.copyOf(notices);
    }

    public Dataset(Path source, List<LabeledText> documents) {
        this(source, DatasetFormat.TSV, documents, List.of());
    }

    /** The class names, sorted, so label indices are stable between runs. */
    public List<String> labels() {
        var labels = new TreeSet<String>();
        documents.forEach(d -> labels.add(d.label()));
        return List.copyOf(labels);
    }

    public int size() {
        return documents.size();
    }

    /** True when the documents carry the dataset's own train/validation/test parts. */
    public boolean hasOwnSplit() {
        return documents.stream().anyMatch(d -> d.part() != Part.UNSPLIT);
    }
}
