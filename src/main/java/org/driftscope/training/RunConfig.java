package org.driftscope.training;

import java.util.List;
import java.util.Objects;

/**
 * Everything that decides a training run, validated on construction.
 *
 * @param regime how the embedding starts and whether it is trained
 * @param model the classifier on top of the embedding
 * @param objective what the table is trained for: the classifier's labels, or word2vec's skip-gram or
 *     CBOW on the sentences, continued from the starting vectors; null means {@link Objective#CLASSIFY}
 *     (sessions saved before there was a choice)
 * @param epochs passes over the training split, at least 1
 * @param batchSize sentences per update, at least 1
 * @param learningRate Adam's step size for the classifier, in (0, 1]
 * @param embeddingLearningRate Adam's step size for the embedding table, in (0, 1]; for skip-gram and
 *     CBOW word2vec's starting SGD rate
 * @param freezeEpochs the embedding stays frozen for this many epochs, then is tuned (0: tuned from the
 *     start); in [0, epochs]; ignored by the static regime, which never tunes it
 * @param dropout probability of dropping a unit of the penultimate layer, in [0, 1)
 * @param maxLength sentences are cut to this many tokens, at least the widest filter
 * @param validationFraction share of each class held out for validation when the dataset has no split
 *     of its own, in (0, 1)
 * @param seed seeds the split, the initialisation, dropout and batch order
 * @param filterWidths convolution widths (Kim: 3, 4, 5)
 * @param filterCount feature maps per width (Kim: 100)
 * @param trackLimit at most this many words are tracked and drawn, at least {@link #MIN_TRACKED}
 */
public record RunConfig(
        Regime regime,
        Model model,
        Objective objective,
        int epochs,
        int batchSize,
        double learningRate,
        double embeddingLearningRate,
        int freezeEpochs,
        double dropout,
        int maxLength,
        double validationFraction,
        long seed,
        List<Integer> filterWidths,
        int filterCount,
        int trackLimit) {

    /** How many nearest neighbours of each word the drift analysis compares before and after. */
    public static final int NEIGHBOURS = 10;

    /** The fewest words a run can follow: a word and its {@link #NEIGHBOURS} neighbours. */
    public static final int MIN_TRACKED = NEIGHBOURS + 1;

    public RunConfig {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(model, "model");
        objective = objective == null ? Objective.CLASSIFY : objective;
        require(
                objective.supervised() || regime == Regime.NON_STATIC || regime == Regime.RAND,
                objective.title() + " trains the word vectors themselves: use non-static (from the pretrained"
                        + " vectors) or rand (from random ones), not " + regime.label());
        filterWidths = List.copyOf(filterWidths);
        require(epochs >= 1, "epochs must be at least 1, was " + epochs);
        require(batchSize >= 1, "batch size must be at least 1, was " + batchSize);
        require(learningRate > 0 && learningRate <= 1, "learning rate must be in (0, 1], was " + learningRate);
        require(
                embeddingLearningRate > 0 && embeddingLearningRate <= 1,
                "embedding learning rate must be in (0, 1], was " + embeddingLearningRate);
        require(
                freezeEpochs >= 0 && freezeEpochs <= epochs,
                "freeze epochs must be in [0, epochs], was " + freezeEpochs);
        require(dropout >= 0 && dropout < 1, "dropout must be in [0, 1), was " + dropout);
        require(
                validationFraction > 0 && validationFraction < 1,
                "validation fraction must be in (0, 1), was " + validationFraction);
        require(
                !filterWidths.isEmpty() && filterWidths.stream().allMatch(w -> w >= 1),
                "filter widths must be positive, were " + filterWidths);
        require(filterCount >= 1, "filter count must be at least 1, was " + filterCount);
        int widest = filterWidths.stream().mapToInt(Integer::intValue).max().orElse(1);
        require(
                maxLength >= widest,
                "max length must be at least the widest filter (" + widest + "), was " + maxLength);
        require(
                trackLimit >= MIN_TRACKED,
                "words to follow must be at least " + MIN_TRACKED + " (a word and its " + NEIGHBOURS
                        + " nearest neighbours), was " + trackLimit);
    }

    /** Kim (2014)'s CNN-non-static with Adam 1e-3, as the app starts. */
    public static RunConfig defaults() {
        return new RunConfig(
                Regime.NON_STATIC,
                Model.KIM_CNN,
                Objective.CLASSIFY,
                5,
                50,
                1e-3,
                1e-3,
                0,
                0.5,
                56,
                0.1,
                42,
                List.of(3, 4, 5),
                100,
                400);
    }

    /** The same config with {@code n} epochs; the freeze is cut to fit. */
    public RunConfig withEpochs(int n) {
        return edit(e -> {
            e.epochs = n;
            e.freezeEpochs = Math.min(freezeEpochs, n);
        });
    }

    public RunConfig withRegime(Regime r) {
        return edit(e -> e.regime = r);
    }

    public RunConfig withModel(Model m) {
        return edit(e -> e.model = m);
    }

    public RunConfig withObjective(Objective o) {
        return edit(e -> e.objective = o);
    }

    public RunConfig withFreezeEpochs(int n) {
        return edit(e -> e.freezeEpochs = n);
    }

    public RunConfig withEmbeddingLearningRate(double rate) {
        return edit(e -> e.embeddingLearningRate = rate);
    }

    /** This config with a bundled sample's own settings (its embedding learning rate), where it has any. */
    public RunConfig withSampleDefaults(org.driftscope.corpus.Sample sample) {
        double rate = sample.embeddingLearningRate();
        return Double.isNaN(rate) ? this : withEmbeddingLearningRate(rate);
    }

    public RunConfig withSeed(long s) {
        return edit(e -> e.seed = s);
    }

    public RunConfig withTrackLimit(int limit) {
        return edit(e -> e.trackLimit = limit);
    }

    /** A copy with the changes {@code change} makes, validated like any other. */
    private RunConfig edit(java.util.function.Consumer<Editor> change) {
        Editor e = new Editor(this);
        change.accept(e);
        return e.build();
    }

    /** The fields of a config being changed: one place that lists them all, for the {@code withX} copies. */
    private static final class Editor {
        Regime regime;
        Model model;
        Objective objective;
        int epochs;
        int batchSize;
        double learningRate;
        double embeddingLearningRate;
        int freezeEpochs;
        double dropout;
        int maxLength;
        double validationFraction;
        long seed;
        List<Integer> filterWidths;
        int filterCount;
        int trackLimit;

        Editor(RunConfig c) {
            regime = c.regime;
            model = c.model;
            objective = c.objective;
            epochs = c.epochs;
            batchSize = c.batchSize;
            learningRate = c.learningRate;
            embeddingLearningRate = c.embeddingLearningRate;
            freezeEpochs = c.freezeEpochs;
            dropout = c.dropout;
            maxLength = c.maxLength;
            validationFraction = c.validationFraction;
            seed = c.seed;
            filterWidths = c.filterWidths;
            filterCount = c.filterCount;
            trackLimit = c.trackLimit;
        }

        RunConfig build() {
            return new RunConfig(
                    regime,
                    model,
                    objective,
                    epochs,
                    batchSize,
                    learningRate,
                    embeddingLearningRate,
                    freezeEpochs,
                    dropout,
                    maxLength,
                    validationFraction,
                    seed,
                    filterWidths,
                    filterCount,
                    trackLimit);
        }
    }

    /** The regime, and for skip-gram and CBOW the objective too: {@code skip-gram (non-static)}. */
    public String method() {
        return objective.supervised() ? regime.label() : objective.title() + " (" + regime.label() + ")";
    }

    /** Whether the embedding is trained during the given 1-based epoch. */
    public boolean tunesEmbeddingIn(int epoch) {
        return regime.trainsEmbedding() && epoch > freezeEpochs;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
