package org.driftscope.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A labelled text collection as read from disk.
 *
 * @param source the file or folder it came from
 * @param documents the documents, in file order
 */
public record Dataset(Path source, List<LabeledText> documents) {
    public Dataset {
        Objects.requireNonNull(source, "source");
        documents = List.copyOf(documents);
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
}
