package org.driftscope.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import org.driftscope.io.InputFileException;
import org.driftscope.training.RunConfig;
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
        DatasetReader.checkTrainable(dataset);
        var partial = new Workspace(name, EMPTY, dataset, watch, show);
        Set<String> datasetWords = datasetWords(dataset);
        Set<String> needed = new HashSet<>(datasetWords);
        needed.addAll(partial.namedWords());
        WordVectors vectors = VectorReader.read(
                vectorsFile, ReadOptions.only(needed).withFormat(vectorFormat).withProgress(progress, cancelled));
        long shared = datasetWords.stream().filter(vectors::contains).count();
        if (shared < RunConfig.MIN_TRACKED) {
            throw InputFileException.whole(
                    dataFile,
                    String.format(
                            Locale.ROOT,
                            "only %d of its %,d words have a vector in %s, and a drift map needs at least %d:"
                                    + " are the text and the vectors in the same language and the same case?",
                            shared,
                            datasetWords.size(),
                            vectorsFile.getFileName(),
                            RunConfig.MIN_TRACKED));
        }
        return new Workspace(name, vectors, dataset, watch, show);
    }

    /** Watched words without a pretrained vector: they would start random, so their similarity means nothing. */
    public List<String> unwatchable() {
        return watch.stream()
                .flatMap(p -> java.util.stream.Stream.of(p.first(), p.second()))
                .distinct()
                .filter(w -> !vectors.contains(w))
                .toList();
    }

    /** The watched pairs whose two words both have a pretrained vector. */
    public List<WatchPair> watchable() {
        return watch.stream()
                .filter(p -> vectors.contains(p.first()) && vectors.contains(p.second()))
                .toList();
    }

    private static final WordVectors EMPTY = WordVectors.of(List.of(), new float[0], 1, VectorSource.inMemory(0));

    /** Every word type of the dataset's documents, as the run tokenises them: the most its table can hold. */
    public static Set<String> datasetWords(Dataset dataset) {
        Set<String> words = new HashSet<>();
        Tokenizer tokenizer = Tokenizer.kim();
        dataset.documents().forEach(d -> words.addAll(tokenizer.tokenize(d.text())));
        return words;
    }

    /** The same files with other watched pairs and labelled words (their vectors must be loaded). */
    public Workspace with(List<WatchPair> newWatch, List<String> newShow) {
        return new Workspace(name, vectors, dataset, newWatch, newShow);
    }

    /**
     * What looked wrong in the files but could be read: the dataset reader's notices (encodings, tiny
     * classes, repeated documents, a byte order mark), then the vector file's (a wrong header count,
     * duplicate words), each naming its file.
     */
    public List<String> warnings() {
        List<String> warnings = new java.util.ArrayList<>(dataset.notices());
        var source = vectors.source();
        String file = source.path() == null
                ? "the vectors"
                : source.path().getFileName().toString();
        if (source.duplicates() > 0) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "%s: %,d duplicate words skipped (the first of each was kept)",
                    file,
                    source.duplicates()));
        }
        source.notices().forEach(n -> warnings.add(file + ": " + n));
        return warnings;
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
