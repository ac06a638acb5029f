package org.driftscope.training;

import java.util.List;
import java.util.Objects;

/**
 * Everything that decides a training run, validated on construction.
 *
 * @param regime how the embedding starts and whether it is trained
 * @param epochs passes over the training split, at least 1
 * @param batchSize sentences per update, at least 1
 * @param learningRate Adam's step size, in (0, 1]
 * @param dropout probability of dropping a unit of the penultimate layer, in [0, 1)
 * @param maxLength sentences are cut to this many tokens, at least the widest filter
 * @param validationFraction share of each class held out for validation, in (0, 1)
 * @param seed seeds the split, the initialisation, dropout and batch order
 * @param filterWidths convolution widths (Kim: 3, 4, 5)
 * @param filterCount feature maps per width (Kim: 100)
 * @param trackLimit at most this many words are tracked and drawn, at least 2
 */
public record RunConfig(
        Regime regime,
        int epochs,
        int batchSize,
        double learningRate,
        double dropout,
        int maxLength,
        double validationFraction,
        long seed,
        List<Integer> filterWidths,
        int filterCount,
        int trackLimit) {

    public RunConfig {
        Objects.requireNonNull(regime, "regime");
        filterWidths = List.copyOf(filterWidths);
        require(epochs >= 1, "epochs must be at least 1, was " + epochs);
        require(batchSize >= 1, "batch size must be at least 1, was " + batchSize);
        require(learningRate > 0 && learningRate <= 1, "learning rate must be in (0, 1], was " + learningRate);
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
        require(trackLimit >= 2, "track limit must be at least 2, was " + trackLimit);
    }

    /** Kim (2014)'s CNN-non-static with Adam, as the app starts. */
    public static RunConfig defaults() {
        return new RunConfig(Regime.NON_STATIC, 5, 50, 1e-3, 0.5, 56, 0.1, 42, List.of(3, 4, 5), 100, 400);
    }

    public RunConfig withEpochs(int n) {
        return new RunConfig(
                regime,
                n,
                batchSize,
                learningRate,
                dropout,
                maxLength,
                validationFraction,
                seed,
                filterWidths,
                filterCount,
                trackLimit);
    }

    public RunConfig withRegime(Regime r) {
        return new RunConfig(
                r,
                epochs,
                batchSize,
                learningRate,
                dropout,
                maxLength,
                validationFraction,
                seed,
                filterWidths,
                filterCount,
                trackLimit);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
