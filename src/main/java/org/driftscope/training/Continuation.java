package org.driftscope.training;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import org.driftscope.corpus.Vocabulary;

/**
 * word2vec's own training continued on the dataset's sentences, labels unused: skip-gram or CBOW with
 * negative sampling (Mikolov et al. 2013), as word2vec.c does it, started from the run's table (the
 * pretrained vectors in non-static, random rows in rand) and stepped an epoch at a time
 * (docs/decisions/0020). The output vectors start at zero, as in word2vec.c: pretrained files hold only
 * the input vectors, so the first steps teach the output side before the input rows move.
 *
 * <p>Window 5 (each centre word draws its own width in 1..5), 5 negatives from the unigram distribution
 * raised to 0.75, frequent words down-sampled at 1e-3, the SGD rate falling linearly from the config's
 * embedding rate to 1e-4 of it over the whole run. One thread, so that a seed gives the same vectors;
 * rows of words that never occur in the training sentences are never touched (they are negatives only on
 * the output side). During the freeze epochs only the output vectors learn.
 */
final class Continuation implements Learner {
    static final int WINDOW = 5;
    static final int NEGATIVES = 5;
    static final double SAMPLE = 1e-3;
    private static final double RATE_FLOOR = 1e-4;

    private final TrainingData data;
    private final RunConfig config;
    private final int d;
    private final float[] input;
    private final float[] output;
    /** Cumulative unigram^0.75 distribution over the table's rows, for drawing negatives. */
    private final double[] cumulative;
    /** Per row, the chance a training occurrence is kept by down-sampling. */
    private final double[] keep;

    private final long totalTokens;
    private long processed;

    Continuation(TrainingData data, RunConfig config) {
        this.data = data;
        this.config = config;
        this.d = data.dimension;
        this.input = data.initialEmbedding.clone();
        this.output = new float[input.length];
        int rows = data.vocabularySize();
        long total = 0;
        for (int r = 0; r < rows; r++) {
            total += Vocabulary.isReserved(r) ? 0 : data.trainCounts[r];
        }
        this.totalTokens = Math.max(1, total);
        this.cumulative = new double[rows];
        this.keep = new double[rows];
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int count = Vocabulary.isReserved(r) ? 0 : data.trainCounts[r];
            sum += Math.pow(count, 0.75);
            cumulative[r] = sum;
            double threshold = SAMPLE * totalTokens;
            keep[r] = count == 0 ? 0 : Math.min(1, (Math.sqrt(count / threshold) + 1) * threshold / count);
        }
        if (sum == 0) {
            throw new IllegalArgumentException("the training sentences hold no words to learn from");
        }
    }

    @Override
    public double train(int epoch, Steps steps) throws InterruptedException {
        boolean tuneInput = config.tunesEmbeddingIn(epoch);
        int n = data.trainSize();
        int[] order = Batches.shuffled(n, new Random(config.seed() * 31 + epoch));
        SplittableRandom random = new SplittableRandom(config.seed() * 1_000_003L + epoch);
        int batchCount = (n + config.batchSize() - 1) / config.batchSize();
        double loss = 0;
        long pairs = 0;
        float[] hidden = new float[d];
        float[] error = new float[d];
        int[] sentence = new int[data.length];
        for (int b = 0; b < batchCount; b++) {
            if (!steps.next()) {
                return Double.NaN;
            }
            for (int s = b * config.batchSize(); s < Math.min(n, (b + 1) * config.batchSize()); s++) {
                int[] tokens = data.trainTokens[order[s]];
                int length = 0;
                for (int t : tokens) {
                    if (!Vocabulary.isReserved(t)) {
                        processed++;
                        if (random.nextDouble() < keep[t]) {
                            sentence[length++] = t;
                        }
                    }
                }
                double rate = rate();
                for (int i = 0; i < length; i++) {
                    int width = 1 + random.nextInt(WINDOW);
                    int from = Math.max(0, i - width);
                    int to = Math.min(length - 1, i + width);
                    if (config.objective() == Objective.CBOW) {
                        loss += cbow(sentence, i, from, to, rate, tuneInput, random, hidden, error);
                        pairs += to > from ? 1 : 0;
                    } else {
                        for (int c = from; c <= to; c++) {
                            if (c != i) {
                                loss += skipGram(sentence[c], sentence[i], rate, tuneInput, random, error);
                                pairs++;
                            }
                        }
                    }
                }
            }
            if (!Double.isFinite(loss)) {
                throw new ArithmeticException("the training loss became " + loss + " in epoch " + epoch
                        + "; try a lower embedding learning rate");
            }
            steps.done(epoch, b + 1, batchCount);
        }
        return pairs == 0 ? 0 : loss / pairs;
    }

    /** The SGD rate now: linear from the config's rate to {@value #RATE_FLOOR} of it over all epochs. */
    private double rate() {
        double share = (double) processed / ((double) totalTokens * config.epochs() + 1);
        return config.embeddingLearningRate() * Math.max(RATE_FLOOR, 1 - share);
    }

    /** One (context, centre) pair as word2vec.c trains it: the context's input row predicts the centre. */
    private double skipGram(int context, int centre, double rate, boolean tuneInput, SplittableRandom r, float[] e) {
        Arrays.fill(e, 0);
        int in = context * d;
        double loss = 0;
        for (int k = 0; k <= NEGATIVES; k++) {
            int target = k == 0 ? centre : negative(r);
            if (k > 0 && target == centre) {
                continue;
            }
            loss += step(input, in, target, k == 0 ? 1 : 0, rate, e);
        }
        if (tuneInput) {
            for (int c = 0; c < d; c++) {
                input[in + c] += e[c];
            }
        }
        return loss;
    }

    /** The mean of the window's input rows predicts the centre; each context row gets the whole error. */
    private double cbow(
            int[] sentence,
            int i,
            int from,
            int to,
            double rate,
            boolean tuneInput,
            SplittableRandom r,
            float[] h,
            float[] e) {
        if (to == from) {
            return 0;
        }
        Arrays.fill(h, 0);
        Arrays.fill(e, 0);
        int count = 0;
        for (int c = from; c <= to; c++) {
            if (c != i) {
                int in = sentence[c] * d;
                for (int k = 0; k < d; k++) {
                    h[k] += input[in + k];
                }
                count++;
            }
        }
        for (int k = 0; k < d; k++) {
            h[k] /= count;
        }
        double loss = 0;
        for (int k = 0; k <= NEGATIVES; k++) {
            int target = k == 0 ? sentence[i] : negative(r);
            if (k > 0 && target == sentence[i]) {
                continue;
            }
            loss += step(h, 0, target, k == 0 ? 1 : 0, rate, e);
        }
        if (tuneInput) {
            for (int c = from; c <= to; c++) {
                if (c != i) {
                    int in = sentence[c] * d;
                    for (int k = 0; k < d; k++) {
                        input[in + k] += e[k];
                    }
                }
            }
        }
        return loss;
    }

    /**
     * One logistic step of {@code vector[at..]} against the target's output row: updates the output row,
     * adds the input side's gradient to {@code error}, returns the pair's loss.
     */
    private double step(float[] vector, int at, int target, int label, double rate, float[] error) {
        int out = target * d;
        double dot = 0;
        for (int c = 0; c < d; c++) {
            dot += vector[at + c] * output[out + c];
        }
        double p = 1 / (1 + Math.exp(-dot));
        float g = (float) ((label - p) * rate);
        for (int c = 0; c < d; c++) {
            error[c] += g * output[out + c];
            output[out + c] += g * vector[at + c];
        }
        return -Math.log(Math.max(1e-12, label == 1 ? p : 1 - p));
    }

    private int negative(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        int row = i >= 0 ? i + 1 : -i - 1;
        return Math.min(row, cumulative.length - 1);
    }

    @Override
    public float[] rows(int[] rows) {
        float[] out = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(input, rows[i] * d, out, i * d, d);
        }
        return out;
    }

    @Override
    public float[] rowsFrom(int from) {
        return Arrays.copyOfRange(input, from * d, input.length);
    }

    /**
     * The objective's loss on the validation sentences, every word and its whole window (no down-sampling),
     * negatives drawn from a fixed seed so epochs compare; no accuracy or F1, there being no classifier.
     */
    @Override
    public Validation validate() {
        SplittableRandom random = new SplittableRandom(config.seed());
        double loss = 0;
        long pairs = 0;
        float[] h = new float[d];
        for (int[] tokens : data.validationTokens) {
            int[] s =
                    Arrays.stream(tokens).filter(t -> !Vocabulary.isReserved(t)).toArray();
            for (int i = 0; i < s.length; i++) {
                int from = Math.max(0, i - WINDOW);
                int to = Math.min(s.length - 1, i + WINDOW);
                if (config.objective() != Objective.CBOW) {
                    for (int c = from; c <= to; c++) {
                        if (c != i) {
                            loss += score(input, s[c] * d, s[i], random);
                            pairs++;
                        }
                    }
                } else if (to > from) {
                    Arrays.fill(h, 0);
                    for (int c = from; c <= to; c++) {
                        for (int k = 0; c != i && k < d; k++) {
                            h[k] += input[s[c] * d + k] / (to - from);
                        }
                    }
                    loss += score(h, 0, s[i], random);
                    pairs++;
                }
            }
        }
        double[] f1 = new double[data.labels().size()];
        Arrays.fill(f1, Double.NaN);
        return new Validation(pairs == 0 ? Double.NaN : loss / pairs, Double.NaN, f1);
    }

    private double score(float[] vector, int at, int centre, SplittableRandom random) {
        double loss = 0;
        for (int k = 0; k <= NEGATIVES; k++) {
            int target = k == 0 ? centre : negative(random);
            if (k > 0 && target == centre) {
                continue;
            }
            double dot = 0;
            for (int c = 0; c < d; c++) {
                dot += vector[at + c] * output[target * d + c];
            }
            double p = 1 / (1 + Math.exp(-dot));
            loss -= Math.log(Math.max(1e-12, k == 0 ? p : 1 - p));
        }
        return loss;
    }
}
