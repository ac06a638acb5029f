package org.driftscope.training;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a run's results came from, carried into every export so a figure or a vector file can be
 * traced back to its inputs.
 *
 * @param vectors the pretrained vectors file (or "in memory")
 * @param vectorsFingerprint its size and modification time
 * @param dataset the dataset file or folder
 * @param datasetFormat how it was read
 * @param config the run's settings, with its seed
 * @param libraries DL4J and Java versions
 * @param started when the run began, UTC
 */
public record Provenance(
        String vectors,
        String vectorsFingerprint,
        String dataset,
        String datasetFormat,
        RunConfig config,
        String libraries,
        Instant started) {
    public Provenance {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(started, "started");
    }

    /** Lines for the head of an export: what the file was computed from. */
    public java.util.List<String> describe(int epoch) {
        return java.util.List.of(
                "Driftscope export, epoch " + epoch,
                "vectors: " + vectors + " (" + vectorsFingerprint + ")",
                "dataset: " + dataset + " (" + datasetFormat + ")",
                config.objective().supervised() ? classifier() : continuation(),
                "run started: " + started + "; " + libraries);
    }

    private String continuation() {
        return String.format(
                java.util.Locale.ROOT,
                "config: %s, %d epochs, word2vec SGD from %.1e, window %d, %d negatives, down-sampling %.0e,"
                        + " freeze %d, max length %d, seed %d",
                config.method(),
                config.epochs(),
                config.embeddingLearningRate(),
                Continuation.WINDOW,
                Continuation.NEGATIVES,
                Continuation.SAMPLE,
                config.freezeEpochs(),
                config.maxLength(),
                config.seed());
    }

    private String classifier() {
        return String.format(
                java.util.Locale.ROOT,
                "config: %s, %s, %d epochs, batch %d, Adam %.1e (embedding %.1e), freeze %d, dropout %.2f,"
                        + " max length %d, seed %d",
                config.regime().label(),
                config.model().label(),
                config.epochs(),
                config.batchSize(),
                config.learningRate(),
                config.embeddingLearningRate(),
                config.freezeEpochs(),
                config.dropout(),
                config.maxLength(),
                config.seed());
    }

    /** "DL4J 1.0.0-M2.1, Java 17.0.15": what this process runs on. */
    public static String libraryVersions() {
        String dl4j = "unknown";
        try (InputStream in = Provenance.class.getResourceAsStream(
                "/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                dl4j = p.getProperty("version", dl4j);
            }
        } catch (IOException e) {
            // the version is informative only; a missing one must not stop a run
        }
        return "DL4J " + dl4j + ", Java " + System.getProperty("java.version");
    }
}
