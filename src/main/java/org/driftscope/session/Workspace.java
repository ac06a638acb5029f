package org.driftscope.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.driftscope.corpus.Dataset;
import org.driftscope.corpus.DatasetOptions;
import org.driftscope.corpus.DatasetReader;
import org.driftscope.corpus.DatasetSummary;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.Tokenizer;
import org.driftscope.corpus.WatchPair;
import org.driftscope.vectors.ReadOptions;
import org.driftscope.vectors.VectorFormat;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.VectorSource;
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

    /**
     * Reads a bundled sample's files, keeping only the vectors of words the dataset uses or the sample
     * names. Errors name the file and line.
     */
    public static Workspace open(Sample sample) throws IOException {
        return open(sample.name(), sample.vectors(), sample.data(), sample.watch(), sample.show());
    }

    /**
     * Reads a dataset (layout detected) and the vectors of the words it uses or the user names.
     *
     * @param name shown in titles
     */
    public static Workspace open(String name, Path vectorsFile, Path dataFile, List<WatchPair> watch, List<String> show)
            throws IOException {
        return open(name, vectorsFile, null, dataFile, DatasetOptions.detect(), watch, show);
    }

    /**
     * As {@link #open(String, Path, Path, List, List)}, with layouts given rather than detected.
     *
     * @param vectorFormat the vector file's layout, or {@code null} to detect it
     * @param datasetOptions the dataset's layout and columns
     */
    public static Workspace open(
            String name,
            Path vectorsFile,
            VectorFormat vectorFormat,
            Path dataFile,
            DatasetOptions datasetOptions,
            List<WatchPair> watch,
            List<String> show)
            throws IOException {
        return open(name, vectorsFile, vectorFormat, dataFile, datasetOptions, watch, show, null, null);
    }

    /**
     * As {@link #open(String, Path, VectorFormat, Path, DatasetOptions, List, List)}, telling how far the
     * vector file (the long part) has been read and stopping when asked.
     *
     * @param progress bytes of the vector file read so far, or {@code null}
     * @param cancelled polled while reading; true ends the read with a
     *     {@link java.util.concurrent.CancellationException}; or {@code null}
     */
    public static Workspace open(
            String name,
            Path vectorsFile,
            VectorFormat vectorFormat,
            Path dataFile,
            DatasetOptions datasetOptions,
            List<WatchPair> watch,
            List<String> show,
            ReadOptions.Progress progress,
            BooleanSupplier cancelled)
            throws IOException {
        Dataset dataset = DatasetReader.read(dataFile, datasetOptions);
        var partial = new Workspace(name, EMPTY, dataset, watch, show);
        WordVectors vectors = VectorReader.read(
                vectorsFile,
                ReadOptions.only(partial.neededWords()).withFormat(vectorFormat).withProgress(progress, cancelled));
        return new Workspace(name, vectors, dataset, watch, show);
    }

    private static final WordVectors EMPTY = WordVectors.of(List.of(), new float[0], 1, VectorSource.inMemory(0));

    /** Every token of the dataset (as the model's tokeniser splits it) and every named word. */
    public Set<String> neededWords() {
        Set<String> words = new HashSet<>(namedWords());
        Tokenizer tokenizer = Tokenizer.kim();
        dataset.documents().forEach(d -> words.addAll(tokenizer.tokenize(d.text())));
        return words;
    }

    /** The same files with other watched pairs and labelled words (their vectors must be loaded). */
    public Workspace with(List<WatchPair> newWatch, List<String> newShow) {
        return new Workspace(name, vectors, dataset, newWatch, newShow);
    }

    /** Classes, lengths and how much of the dataset the loaded vectors cover. */
    public DatasetSummary summary() {
        return DatasetSummary.of(dataset, Tokenizer.kim(), vectors::contains);
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
