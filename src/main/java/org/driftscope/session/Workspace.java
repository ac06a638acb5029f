package org.driftscope.session;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.driftscope.corpus.Dataset;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.TsvDatasetReader;
import org.driftscope.corpus.WatchPair;
import org.driftscope.vectors.TextVectorReader;
import org.driftscope.vectors.WordVectors;

/**
 * What a user has loaded and wants to look at: vectors, a dataset, watched pairs and words to label.
 *
 * @param name shown in titles
 * @param vectors the pretrained vectors
 * @param dataset the labelled texts
 * @param watch pairs whose similarity matters to the user
 * @param show words to label in figures
 */
public record Workspace(String name, WordVectors vectors, Dataset dataset, List<WatchPair> watch, List<String> show) {
    public Workspace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vectors, "vectors");
        Objects.requireNonNull(dataset, "dataset");
        watch = List.copyOf(watch);
        show = List.copyOf(show);
    }

    /** Reads a bundled sample's files; errors name the file and line. */
    public static Workspace open(Sample sample) throws IOException {
        WordVectors vectors = TextVectorReader.read(sample.vectors());
        Dataset dataset = TsvDatasetReader.read(sample.data());
        return new Workspace(sample.name(), vectors, dataset, sample.watch(), sample.show());
    }

    /** The words the user named: watched pairs first, then the words to show. */
    public Set<String> namedWords() {
        Set<String> words = new LinkedHashSet<>();
        for (WatchPair p : watch) {
            words.add(p.first());
            words.add(p.second());
        }
        words.addAll(show);
        return words;
    }
}
