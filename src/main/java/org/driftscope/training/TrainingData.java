package org.driftscope.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.driftscope.corpus.Dataset;
import org.driftscope.corpus.StratifiedSplit;
import org.driftscope.corpus.Tokenizer;
import org.driftscope.corpus.Vocabulary;
import org.driftscope.vectors.WordVectors;

/**
 * A dataset turned into what the network eats: token indices padded to one length, class indices, a
 * train/validation split, and the initial embedding table (pretrained rows where the vectors have the
 * word, small random rows elsewhere, following Kim 2014).
 */
public final class TrainingData {
    /**
     * The rand regime's rows start in U[-0.25, 0.25], as in Kim's code: the bound that gives word2vec
     * 300d's variance. The pretrained vectors of a run play no part in rand, so their variance (GloVe 50d's
     * is 24 times word2vec's) does not set it; Adam's steps are the same size at any scale, so a larger
     * start would make rand's rows learn proportionally slower.
     */
    static final double KIM_RAND_BOUND = 0.25;

    final Vocabulary vocabulary;
    final List<String> labels;
    final int[][] trainTokens;
    final int[] trainLabels;
    final int[][] validationTokens;
    final int[] validationLabels;
    final int length;
    final int dimension;
    /** Row-major {@code vocabulary.size() x dimension}: the starting embedding. */
    final float[] initialEmbedding;

    /** Per vocabulary word: whether the loaded vectors have it (its row is pretrained unless rand). */
    final boolean[] pretrained;
    /** False in the rand regime, where every row starts random. */
    final boolean startsPretrained;

    final int[] trainCounts;
    /** Training and validation sentences longer than {@link #length} tokens, cut to it. */
    final int truncated;
    /** {@code classCounts[word][label]}: occurrences of each word in each class's training sentences. */
    final int[][] classCounts;

    private TrainingData(Builder b) {
        this.vocabulary = b.vocabulary;
        this.labels = b.labels;
        this.trainTokens = b.trainTokens;
        this.trainLabels = b.trainLabels;
        this.validationTokens = b.validationTokens;
        this.validationLabels = b.validationLabels;
        this.length = b.length;
        this.dimension = b.dimension;
        this.initialEmbedding = b.initialEmbedding;
        this.pretrained = b.pretrained;
        this.startsPretrained = b.startsPretrained;
        this.trainCounts = b.trainCounts;
        this.classCounts = b.classCounts;
        this.truncated = b.truncated;
    }

    /**
     * @param dataset the labelled documents
     * @param vectors pretrained vectors; need only hold the dataset's words
     * @param config the run's settings (split, seed, maximum length)
     * @param extraWords words to give an embedding row even if the dataset lacks them (watched words,
     *     words to show); they cannot move, which makes them the anchors of the picture
     */
    public static TrainingData prepare(
            Dataset dataset, WordVectors vectors, RunConfig config, java.util.Collection<String> extraWords) {
        Tokenizer tokenizer = Tokenizer.kim();
        List<List<String>> docs = dataset.documents().stream()
                .map(d -> tokenizer.tokenize(d.text()))
                .toList();
        var b = new Builder();
        b.vocabulary = Vocabulary.build(docs, 1, Integer.MAX_VALUE, extraWords);
        b.labels = dataset.labels();
        b.dimension = vectors.dimension();
        int longest = docs.stream().mapToInt(List::size).max().orElse(0);
        int widest =
                config.filterWidths().stream().mapToInt(Integer::intValue).max().orElseThrow();
        b.length = Math.max(widest, Math.min(config.maxLength(), longest));

        StratifiedSplit split = StratifiedSplit.of(dataset, config.validationFraction(), config.seed());
        b.trainTokens = encode(docs, split.train(), b.vocabulary, b.length);
        b.validationTokens = encode(docs, split.validation(), b.vocabulary, b.length);
        for (int i : split.train()) {
            b.truncated += docs.get(i).size() > b.length ? 1 : 0;
        }
        for (int i : split.validation()) {
            b.truncated += docs.get(i).size() > b.length ? 1 : 0;
        }
        b.trainLabels = labelIndices(dataset, split.train(), b.labels);
        b.validationLabels = labelIndices(dataset, split.validation(), b.labels);
        b.trainCounts = new int[b.vocabulary.size()];
        b.classCounts = new int[b.vocabulary.size()][b.labels.size()];
        for (int r = 0; r < b.trainTokens.length; r++) {
            for (int t : b.trainTokens[r]) {
                b.trainCounts[t]++;
                b.classCounts[t][b.trainLabels[r]]++;
            }
        }
        b.trainCounts[Vocabulary.PADDING] = 0;
        initialiseEmbedding(b, vectors, config);
        b.startsPretrained = config.regime().usesPretrained();
        return new TrainingData(b);
    }

    /**
     * Picks the words to follow: the {@code must} words first (watch pairs, words the sample names; also
     * when they had no pretrained vector and started random), then the vocabulary's most frequent words
     * with pretrained vectors, up to {@code limit}.
     */
    public TrackedWords track(Collection<String> must, int limit) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (String w : must) {
            int i = vocabulary.indexOf(w);
            if (!Vocabulary.isReserved(i)) {
                chosen.add(i);
            }
        }
        IntStream.range(0, vocabulary.size())
                .filter(i -> !Vocabulary.isReserved(i) && pretrained[i])
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -vocabulary.count(i))
                        .thenComparing(i -> i))
                .takeWhile(i -> chosen.size() < limit)
                .forEach(chosen::add);
        List<String> words = new ArrayList<>();
        int[] counts = new int[chosen.size()];
        int[] leaning = new int[chosen.size()];
        boolean[] started = new boolean[chosen.size()];
        int[][] perClass = new int[chosen.size()][];
        float[] frozen = new float[chosen.size() * dimension];
        int k = 0;
        for (int i : chosen) {
            words.add(vocabulary.word(i));
            counts[k] = trainCounts[i];
            leaning[k] = dominant(classCounts[i]);
            started[k] = pretrained[i] && startsPretrained;
            perClass[k] = classCounts[i];
            System.arraycopy(initialEmbedding, i * dimension, frozen, k * dimension, dimension);
            k++;
        }
        long[] totals = new long[labels.size()];
        for (int[] row : classCounts) {
            for (int c = 0; c < totals.length; c++) {
                totals[c] += row[c];
            }
        }
        double[] association =
                ClassAssociation.of(perClass, totals, vocabulary.size()).strength();
        return new TrackedWords(words, counts, leaning, association, started, frozen, dimension);
    }

    /**
     * The vocabulary's words in table order, without the reserved rows (padding, unknown), which come
     * first: row {@code i} of a {@link TunedTable} is table row {@code i + reserved}.
     */
    public List<String> tableWords() {
        List<String> words = new ArrayList<>(vocabulary.size());
        for (int i = 0; i < vocabulary.size(); i++) {
            if (!Vocabulary.isReserved(i)) {
                words.add(vocabulary.word(i));
            }
        }
        return words;
    }

    /** The embedding table before training, as a {@link TunedTable} of epoch 0 (reserved rows left out). */
    public TunedTable initialTable() {
        List<String> words = tableWords();
        int reserved = vocabulary.size() - words.size();
        return new TunedTable(
                0,
                words,
                java.util.Arrays.copyOfRange(initialEmbedding, reserved * dimension, initialEmbedding.length),
                dimension,
                tablePretrained());
    }

    /** Per row of a {@link TunedTable}: whether it started as the word's pretrained vector. */
    public boolean[] tablePretrained() {
        int reserved = vocabulary.size() - tableWords().size();
        boolean[] started = new boolean[vocabulary.size() - reserved];
        for (int i = 0; i < started.length; i++) {
            started[i] = pretrained[i + reserved] && startsPretrained;
        }
        return started;
    }

    public List<String> labels() {
        return labels;
    }

    public int vocabularySize() {
        return vocabulary.size();
    }

    /** Sentences cut to the maximum length. */
    public int truncated() {
        return truncated;
    }

    /** The length every sentence is padded or cut to. */
    public int length() {
        return length;
    }

    public int trainSize() {
        return trainTokens.length;
    }

    public int validationSize() {
        return validationTokens.length;
    }

    /** Index of {@code word} in the embedding table, or -1 when the vocabulary lacks it. */
    public int indexOf(String word) {
        int i = vocabulary.indexOf(word);
        return Vocabulary.isReserved(i) ? -1 : i;
    }

    private static int dominant(int[] counts) {
        int best = -1;
        int bestCount = 0;
        boolean tie = false;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > bestCount) {
                best = c;
                bestCount = counts[c];
                tie = false;
            } else if (counts[c] == bestCount && bestCount > 0) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    private static int[][] encode(List<List<String>> docs, List<Integer> which, Vocabulary vocab, int length) {
        int[][] out = new int[which.size()][length];
        for (int r = 0; r < which.size(); r++) {
            List<String> doc = docs.get(which.get(r));
            for (int t = 0; t < Math.min(length, doc.size()); t++) {
                out[r][t] = vocab.indexOf(doc.get(t));
            }
        }
        return out;
    }

    private static int[] labelIndices(Dataset dataset, List<Integer> which, List<String> labels) {
        return which.stream()
                .mapToInt(i -> labels.indexOf(dataset.documents().get(i).label()))
                .toArray();
    }

    /**
     * Pretrained rows where available; elsewhere U[-a, a] with a chosen so the random rows have the
     * pretrained vectors' variance (Kim 2014, section 3.1), or Kim's 0.25 in the rand regime. Padding is
     * all zeros.
     */
    private static void initialiseEmbedding(Builder b, WordVectors vectors, RunConfig config) {
        int n = b.vocabulary.size();
        int d = b.dimension;
        b.initialEmbedding = new float[n * d];
        b.pretrained = new boolean[n];
        Random random = new Random(config.seed() ^ 0x5DEECE66DL);
        double a = config.regime().usesPretrained() ? Math.sqrt(3 * variance(vectors)) : KIM_RAND_BOUND;
        for (int i = 0; i < n; i++) {
            if (i == Vocabulary.PADDING) {
                continue;
            }
            var row = config.regime().usesPretrained() && i != Vocabulary.UNKNOWN
                    ? vectors.indexOf(b.vocabulary.word(i))
                    : java.util.OptionalInt.empty();
            if (row.isPresent()) {
                vectors.copyRow(row.getAsInt(), b.initialEmbedding, i * d);
                b.pretrained[i] = true;
            } else {
                for (int j = 0; j < d; j++) {
                    b.initialEmbedding[i * d + j] = (float) ((random.nextDouble() * 2 - 1) * a);
                }
                b.pretrained[i] = vectors.contains(b.vocabulary.word(i));
            }
        }
    }

    /** The variance of all the pretrained values (one pass, Welford), or 0.01 without any. */
    private static double variance(WordVectors vectors) {
        long n = 0;
        double mean = 0;
        double m2 = 0;
        float[] row = new float[vectors.dimension()];
        for (int i = 0; i < vectors.size(); i++) {
            vectors.copyRow(i, row, 0);
            for (float v : row) {
                n++;
                double delta = v - mean;
                mean += delta / n;
                m2 += delta * (v - mean);
            }
        }
        return n == 0 ? 0.01 : m2 / n;
    }

    private static final class Builder {
        Vocabulary vocabulary;
        List<String> labels;
        int[][] trainTokens;
        int[] trainLabels;
        int[][] validationTokens;
        int[] validationLabels;
        int length;
        int dimension;
        float[] initialEmbedding;
        boolean[] pretrained;
        boolean startsPretrained;
        int[] trainCounts;
        int[][] classCounts;
        int truncated;
    }
}
