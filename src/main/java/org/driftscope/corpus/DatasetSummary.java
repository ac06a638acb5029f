package org.driftscope.corpus;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a user should see before training: documents per class, sentence lengths, vocabulary size and
 * how much of the text the loaded vectors cover. Low coverage explains a lot (out-of-vocabulary words
 * start random, and in the static regime they stay random).
 *
 * @param documentsPerClass class name to document count, sorted by name
 * @param lengths sentence length in tokens: minimum, median, 90th percentile, maximum
 * @param meanLength mean sentence length in tokens
 * @param types distinct tokens
 * @param tokens all tokens
 * @param coveredTypes distinct tokens the vectors have
 * @param coveredTokens tokens whose word the vectors have
 */
public record DatasetSummary(
        Map<String, Integer> documentsPerClass,
        int[] lengths,
        double meanLength,
        int types,
        long tokens,
        int coveredTypes,
        long coveredTokens) {
    public DatasetSummary {
        documentsPerClass = Map.copyOf(documentsPerClass);
        lengths = lengths.clone();
    }

    @Override
    public int[] lengths() {
        return lengths.clone();
    }

    /**
     * @param hasVector which words the loaded vectors hold ({@code w -> false} before any are loaded)
     */
    public static DatasetSummary of(Dataset dataset, Tokenizer tokenizer, Predicate<String> hasVector) {
        Map<String, Integer> perClass = new TreeMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int[] lengths = new int[dataset.size()];
        long tokens = 0;
        for (int i = 0; i < dataset.size(); i++) {
            LabeledText d = dataset.documents().get(i);
            perClass.merge(d.label(), 1, Integer::sum);
            List<String> t = tokenizer.tokenize(d.text());
            lengths[i] = t.size();
            tokens += t.size();
            t.forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        int coveredTypes = 0;
        long coveredTokens = 0;
        for (var e : counts.entrySet()) {
            if (hasVector.test(e.getKey())) {
                coveredTypes++;
                coveredTokens += e.getValue();
            }
        }
        Arrays.sort(lengths);
        int n = lengths.length;
        int[] quantiles = n == 0
                ? new int[4]
                : new int[] {lengths[0], lengths[n / 2], lengths[Math.min(n - 1, (int) (n * 0.9))], lengths[n - 1]};
        return new DatasetSummary(
                perClass,
                quantiles,
                n == 0 ? 0 : (double) tokens / n,
                counts.size(),
                tokens,
                coveredTypes,
                coveredTokens);
    }

    public double typeCoverage() {
        return types == 0 ? 0 : (double) coveredTypes / types;
    }

    public double tokenCoverage() {
        return tokens == 0 ? 0 : (double) coveredTokens / tokens;
    }

    /** One line for a status bar or a log. */
    public String describe() {
        StringBuilder classes = new StringBuilder();
        documentsPerClass.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> classes.append(
                        classes.length() == 0 ? "" : ", ")
                .append(e.getKey())
                .append(' ')
                .append(e.getValue()));
        return String.format(
                Locale.ROOT,
                "%s; %,d word types; sentences of %d-%d tokens (median %d); vectors cover %.0f%% of types and %.0f%% of tokens",
                classes,
                types,
                lengths[0],
                lengths[3],
                lengths[1],
                100 * typeCoverage(),
                100 * tokenCoverage());
    }
}
