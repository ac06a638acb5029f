package org.driftscope.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.deeplearning4j.models.word2vec.Word2Vec;
import org.deeplearning4j.text.sentenceiterator.CollectionSentenceIterator;
import org.deeplearning4j.text.tokenization.tokenizerfactory.DefaultTokenizerFactory;
import org.driftscope.corpus.Tokenizer;
import org.driftscope.io.AtomicFile;
import org.driftscope.vectors.VectorFormat;
import org.driftscope.vectors.VectorSource;
import org.driftscope.vectors.VectorWriter;
import org.driftscope.vectors.WordVectors;

/**
 * Regenerates everything under {@code samples/}: a corpus from the project's own templates, word2vec
 * vectors trained on it with DL4J's Word2Vec, and a labelled dataset. Fixed seeds; see samples/README.md.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.samples.SampleGenerator}
 */
public final class SampleGenerator {
    private static final long SEED = 20141025L;
    private static final int DIMENSION = 50;

    private SampleGenerator() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "samples");
        var mountains = new MountainsSample(SEED);
        writeSample(
                root.resolve("mountains"),
                mountains.pretrainingCorpus(30_000),
                mountains.labelledSentences(2_000),
                "alps",
                "himalaya");
        var sentiment = new SentimentSample(SEED);
        writeSample(
                root.resolve("sentiment"),
                sentiment.pretrainingCorpus(30_000),
                sentiment.labelledSentences(2_000),
                "good",
                "bad");
    }

    private static void writeSample(Path dir, List<String> corpus, List<String[]> labelled, String a, String b)
            throws IOException {
        Word2Vec w2v = new Word2Vec.Builder()
                .minWordFrequency(1)
                .layerSize(DIMENSION)
                .windowSize(5)
                .epochs(5)
                .seed(SEED)
                .workers(1)
                .iterate(new CollectionSentenceIterator(corpus))
                .tokenizerFactory(new DefaultTokenizerFactory())
                .build();
        w2v.fit();

        var words = new TreeSet<String>();
        for (String sentence : corpus) {
            words.addAll(Tokenizer.kim().tokenize(sentence));
        }
        List<String> kept = new ArrayList<>();
        float[] data = new float[words.size() * DIMENSION];
        for (String word : words) {
            double[] v = w2v.getWordVector(word);
            if (v == null) {
                continue;
            }
            for (int j = 0; j < DIMENSION; j++) {
                data[kept.size() * DIMENSION + j] = (float) v[j];
            }
            kept.add(word);
        }
        float[] trimmed = java.util.Arrays.copyOf(data, kept.size() * DIMENSION);
        Files.createDirectories(dir);
        VectorWriter.write(
                WordVectors.of(kept, trimmed, DIMENSION, VectorSource.inMemory(kept.size())),
                dir.resolve("vectors.txt"),
                VectorFormat.WORD2VEC_TEXT);
        StringBuilder tsv = new StringBuilder();
        for (String[] row : labelled) {
            tsv.append(row[0]).append('\t').append(row[1]).append('\n');
        }
        AtomicFile.write(
                dir.resolve("data.tsv"), out -> out.write(tsv.toString().getBytes(StandardCharsets.UTF_8)));
        System.out.printf(
                "%s: %d vectors x %d, %d labelled sentences, %s~%s %.3f%n",
                dir, kept.size(), DIMENSION, labelled.size(), a, b, w2v.similarity(a, b));
    }
}
