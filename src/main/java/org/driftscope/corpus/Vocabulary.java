package org.driftscope.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word indices for a model's embedding table. Index 0 is padding and index 1 stands for words the
 * vocabulary does not hold; real words follow, most frequent first (ties alphabetical, so the order
 * never depends on hashing).
 */
public final class Vocabulary {
    public static final int PADDING = 0;
    public static final int UNKNOWN = 1;
    private static final String PADDING_TOKEN = "<pad>";
    private static final String UNKNOWN_TOKEN = "<unk>";

    private final List<String> words;
    private final Map<String, Integer> index;
    private final int[] counts;

    private Vocabulary(List<String> words, int[] counts) {
        this.words = List.copyOf(words);
        this.counts = counts;
        this.index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
    }

    /** Builds from tokenised documents, keeping words seen at least {@code minCount} times. */
    public static Vocabulary build(List<List<String>> documents, int minCount) {
        return build(documents, minCount, Integer.MAX_VALUE, List.of());
    }

    /**
     * As {@link #build(List, int)}, keeping at most {@code maxWords} of the most frequent words, then
     * appends {@code extra} words not yet in it (with their counts), so words the user watches get a row
     * even when the task never uses them or they fall below the cut.
     */
    public static Vocabulary build(
            List<List<String>> documents, int minCount, int maxWords, java.util.Collection<String> extra) {
        if (minCount < 1 || maxWords < 1) {
            throw new IllegalArgumentException("min count and max words must be at least 1");
        }
        Map<String, Integer> freq = new HashMap<>();
        for (List<String> doc : documents) {
            for (String token : doc) {
                freq.merge(token, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (var e : freq.entrySet()) {
            if (e.getValue() >= minCount) {
                kept.add(e);
            }
        }
        kept.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        if (kept.size() > maxWords) {
            kept = new ArrayList<>(kept.subList(0, maxWords));
        }
        List<String> words = new ArrayList<>(List.of(PADDING_TOKEN, UNKNOWN_TOKEN));
        var present = new java.util.HashSet<>(words);
        for (var e : kept) {
            words.add(e.getKey());
            present.add(e.getKey());
        }
        extra.stream().filter(present::add).sorted().forEach(words::add);
        int[] counts = new int[words.size()];
        for (int i = 2; i < words.size(); i++) {
            counts[i] = freq.getOrDefault(words.get(i), 0);
        }
        return new Vocabulary(words, counts);
    }

    public int size() {
        return words.size();
    }

    public String word(int index) {
        return words.get(index);
    }

    /** Index of a word, or {@link #UNKNOWN}. */
    public int indexOf(String word) {
        return index.getOrDefault(word, UNKNOWN);
    }

    /** How often the word occurred in the documents the vocabulary was built from. */
    public int count(int index) {
        return counts[index];
    }

    /** True for the padding and unknown slots, which are not words. */
    public static boolean isReserved(int index) {
        return index == PADDING || index == UNKNOWN;
    }
}
