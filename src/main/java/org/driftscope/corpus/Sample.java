package org.driftscope.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A bundled sample: pretrained vectors, a labelled dataset and the story they tell.
 *
 * @param name short identifier, as the command line's {@code --sample} takes it
 * @param title one line for menus
 * @param story one paragraph: what to look for
 * @param vectors the pretrained vectors file
 * @param data the labelled dataset file
 * @param watch word pairs whose similarity the story is about
 * @param show words worth labelling in the figure
 * @param embeddingLearningRate the embedding learning rate the sample opens with (its story is told at
 *     that rate), or NaN for the usual default
 */
public record Sample(
        String name,
        String title,
        String story,
        Path vectors,
        Path data,
        List<WatchPair> watch,
        List<String> show,
        double embeddingLearningRate) {
    /** A sample that opens with the usual settings. */
    public Sample(
            String name,
            String title,
            String story,
            Path vectors,
            Path data,
            List<WatchPair> watch,
            List<String> show) {
        this(name, title, story, vectors, data, watch, show, Double.NaN);
    }

    public Sample {
        if (!Double.isNaN(embeddingLearningRate) && !(embeddingLearningRate > 0)) {
            throw new IllegalArgumentException("sample '" + name
                    + "': the embedding learning rate must be positive, was " + embeddingLearningRate);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vectors, "vectors");
        Objects.requireNonNull(data, "data");
        watch = List.copyOf(watch);
        show = List.copyOf(show);
    }
}
