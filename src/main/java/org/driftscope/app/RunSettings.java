package org.driftscope.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.driftscope.corpus.WatchPair;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.training.Model;
import org.driftscope.training.Objective;
import org.driftscope.training.Regime;
import org.driftscope.training.RunConfig;

/**
 * The settings form's state: what the user typed, turned into a {@link RunConfig} only when a run
 * starts, so a half-typed number is never an error until it matters. Settings the form does not show
 * (batch size, filters, dropout, length) keep the values of the config it started from.
 */
final class RunSettings {
    final ObjectProperty<Regime> regime = new SimpleObjectProperty<>();
    final ObjectProperty<Model> model = new SimpleObjectProperty<>();
    final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(Objective.CLASSIFY);
    final IntegerProperty epochs = new SimpleIntegerProperty();
    final IntegerProperty freezeEpochs = new SimpleIntegerProperty();
    final StringProperty learningRate = new SimpleStringProperty();
    final StringProperty embeddingLearningRate = new SimpleStringProperty();
    final StringProperty seed = new SimpleStringProperty();
    final IntegerProperty trackLimit = new SimpleIntegerProperty();
    /** Watched pairs as {@code alps:himalaya, good:bad}. */
    final StringProperty watch = new SimpleStringProperty("");

    final ObjectProperty<ProjectionMethod> projection = new SimpleObjectProperty<>(ProjectionMethod.TSNE);
    private RunConfig base;

    /** The embedding rate the form had for the classifier, while skip-gram or CBOW shows word2vec's. */
    private String classifierRate;

    RunSettings(RunConfig config) {
        reset(config);
        objective.addListener((obs, was, now) -> {
            if (was.supervised() && !now.supervised()) {
                classifierRate = embeddingLearningRate.get();
            }
            if (!now.supervised()) {
                embeddingLearningRate.set(number(now.startingRate()));
            } else if (classifierRate != null) {
                embeddingLearningRate.set(classifierRate);
                classifierRate = null;
            }
        });
    }

    /** Shows a config's values in the form. */
    void reset(RunConfig config) {
        base = config;
        regime.set(config.regime());
        model.set(config.model());
        classifierRate = null;
        objective.set(config.objective());
        epochs.set(config.epochs());
        freezeEpochs.set(config.freezeEpochs());
        learningRate.set(number(config.learningRate()));
        embeddingLearningRate.set(number(config.embeddingLearningRate()));
        seed.set(Long.toString(config.seed()));
        trackLimit.set(config.trackLimit());
    }

    /**
     * Takes a bundled sample's own settings: its embedding learning rate (its story is told at that rate),
     * or the learning rate when it has none.
     */
    void useSample(org.driftscope.corpus.Sample sample) {
        showPairs(sample.watch());
        double rate = sample.embeddingLearningRate();
        String classifier = Double.isNaN(rate) ? learningRate.get() : number(rate);
        if (objective.get().supervised()) {
            embeddingLearningRate.set(classifier);
        } else {
            classifierRate = classifier;
        }
    }

    void showPairs(List<WatchPair> pairs) {
        watch.set(String.join(", ", pairs.stream().map(WatchPair::toString).toList()));
    }

    /**
     * The form as a config.
     *
     * @throws IllegalArgumentException naming the field that is wrong and why
     */
    RunConfig config() {
        return new RunConfig(
                regime.get(),
                model.get(),
                objective.get(),
                epochs.get(),
                base.batchSize(),
                positive("Learning rate", learningRate.get()),
                positive("Embedding learning rate", embeddingLearningRate.get()),
                Math.min(freezeEpochs.get(), epochs.get()),
                base.dropout(),
                base.maxLength(),
                base.validationFraction(),
                whole("Seed", seed.get()),
                base.filterWidths(),
                base.filterCount(),
                trackLimit.get());
    }

    /**
     * The watched pairs typed in the form.
     *
     * @throws IllegalArgumentException for a pair that is not {@code word:word}
     */
    List<WatchPair> pairs() {
        List<WatchPair> out = new ArrayList<>();
        for (String part : watch.get().split("[,;]")) {
            if (!part.isBlank()) {
                out.add(WatchPair.parse(part));
            }
        }
        return out;
    }

    private static double positive(String field, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (v > 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // Falls through to the message below.
        }
        throw new IllegalArgumentException(field + " must be a number in (0, 1], such as 0.001; was '" + text + "'");
    }

    private static long whole(String field, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(field + " must be a whole number, was '" + text + "'");
        }
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
