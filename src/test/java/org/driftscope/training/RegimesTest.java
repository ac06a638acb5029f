package org.driftscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.driftscope.corpus.Dataset;
import org.driftscope.corpus.DatasetReader;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.VectorSource;
import org.driftscope.vectors.WordVectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What each regime promises about the embedding rows, on the small mountains sample. */
@Tag("slow")
class RegimesTest {
    private record Result(TrackedWords tracked, List<EpochSnapshot> snapshots, RunOutcome outcome) {
        float[] row(int epoch, int word) {
            int d = tracked.dimension();
            return Arrays.copyOfRange(snapshots.get(epoch).tuned(), word * d, (word + 1) * d);
        }

        float[] frozen(int word) {
            int d = tracked.dimension();
            return Arrays.copyOfRange(tracked.frozen(), word * d, (word + 1) * d);
        }

        int firstTrained() {
            for (int i = 0; i < tracked.size(); i++) {
                if (tracked.trainCount(i) > 0) {
                    return i;
                }
            }
            throw new AssertionError("no tracked word occurs in training");
        }
    }

    private static Result run(RunConfig config) throws Exception {
        Sample sample = SampleCatalog.find("mountains").orElseThrow();
        return run(config, DatasetReader.read(sample.data()), VectorReader.read(sample.vectors()), sample.show());
    }

    private static Result run(RunConfig config, Dataset dataset, WordVectors vectors, List<String> show)
            throws Exception {
        TrainingData data = TrainingData.prepare(dataset, vectors, config, vectors.words());
        TrackedWords tracked = data.track(show, 1000);
        Recorded r = Recorded.run(data, config, tracked);
        return new Result(tracked, r.snapshots(), r.outcome());
    }

    @Test
    void staticNeverChangesAnyRow() throws Exception {
        Result r = run(RunConfig.defaults().withEpochs(2).withRegime(Regime.STATIC));

        assertThat(r.outcome().status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(r.snapshots().get(2).tuned()).isEqualTo(r.tracked().frozen());
    }

    @Test
    void freezeThenUnfreezeHoldsTheRowsExactlyUntilTheFreezeEnds() throws Exception {
        Result r = run(RunConfig.defaults().withEpochs(3).withFreezeEpochs(2));
        int word = r.firstTrained();

        assertThat(r.snapshots().get(1).tuned()).isEqualTo(r.tracked().frozen());
        assertThat(r.snapshots().get(2).tuned()).isEqualTo(r.tracked().frozen());
        assertThat(r.row(3, word)).isNotEqualTo(r.frozen(word));
        assertThat(r.snapshots().get(2).validationAccuracy())
                .as("the classifier trains while the embedding is frozen")
                .isGreaterThan(r.snapshots().get(0).validationAccuracy());
    }

    @Test
    void multichannelTunesOneCopyAndLeavesUnseenWordsAlone() throws Exception {
        Result r = run(RunConfig.defaults().withEpochs(2).withRegime(Regime.MULTICHANNEL));
        int word = r.firstTrained();

        assertThat(r.outcome().status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(r.row(2, word)).isNotEqualTo(r.frozen(word));
        for (int i = 0; i < r.tracked().size(); i++) {
            if (r.tracked().trainCount(i) == 0) {
                assertThat(r.row(2, i)).isEqualTo(r.frozen(i));
            }
        }
    }

    @Test
    void multichannelCanStartFrozenAndUnfreeze() throws Exception {
        Result r = run(RunConfig.defaults()
                .withEpochs(2)
                .withRegime(Regime.MULTICHANNEL)
                .withFreezeEpochs(1));
        int word = r.firstTrained();

        assertThat(r.outcome().status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(r.snapshots().get(1).tuned()).isEqualTo(r.tracked().frozen());
        assertThat(r.row(2, word)).isNotEqualTo(r.frozen(word));
    }

    @Test
    void randStartsFromRandomRowsNotThePretrainedOnes() throws Exception {
        Sample sample = SampleCatalog.find("mountains").orElseThrow();
        WordVectors vectors = VectorReader.read(sample.vectors());
        Result r = run(RunConfig.defaults().withEpochs(1).withRegime(Regime.RAND));
        int alps = r.tracked().words().indexOf("alps");

        assertThat(r.frozen(alps))
                .isNotEqualTo(vectors.vector(vectors.indexOf("alps").getAsInt()));
        assertThat(r.snapshots().get(1).validationAccuracy()).isBetween(0.0, 1.0);
    }

    @Test
    void meanOfEmbeddingsBaselineTrainsAndMovesTheRows() throws Exception {
        Result r = run(RunConfig.defaults().withEpochs(3).withModel(Model.MEAN_EMBEDDING));
        int word = r.firstTrained();

        assertThat(r.outcome().status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(r.row(3, word)).isNotEqualTo(r.frozen(word));
        assertThat(r.snapshots().get(3).f1()).hasSize(2);
        assertThat(java.util.Arrays.stream(r.snapshots().get(3).f1()).allMatch(f -> f >= 0 && f <= 1))
                .isTrue();
    }

    @Test
    void sameConfigAndSeedGiveBitIdenticalSnapshots() throws Exception {
        RunConfig config = RunConfig.defaults().withEpochs(2);
        Result a = run(config);
        Result b = run(config);

        for (int e = 0; e <= 2; e++) {
            assertThat(b.snapshots().get(e).tuned())
                    .isEqualTo(a.snapshots().get(e).tuned());
            assertThat(b.snapshots().get(e).validationLoss())
                    .isEqualTo(a.snapshots().get(e).validationLoss());
        }
        assertThat(b.snapshots().get(2).trainLoss())
                .isEqualTo(a.snapshots().get(2).trainLoss());
    }

    @Test
    void aLossThatBlowsUpStopsTheRunWithAdviceAndKeepsEarlierSnapshots() throws Exception {
        Sample sample = SampleCatalog.find("mountains").orElseThrow();
        WordVectors normal = VectorReader.read(sample.vectors());
        float[] huge = normal.matrix();
        Arrays.fill(huge, 3e38f);
        WordVectors broken =
                WordVectors.of(normal.words(), huge, normal.dimension(), VectorSource.inMemory(normal.size()));

        Result r = run(RunConfig.defaults().withEpochs(2), DatasetReader.read(sample.data()), broken, List.of());

        assertThat(r.outcome().status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(r.outcome().message()).contains("try a lower learning rate");
        assertThat(r.snapshots()).extracting(EpochSnapshot::epoch).startsWith(0);
    }

    @Test
    void aVocabularyTooLargeForMemoryIsRefusedUpFront() {
        RunConfig config = RunConfig.defaults();

        assertThatThrownBy(() -> MemoryGuard.check(3_000_000, 300, config, 2_000_000_000L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("3,000,000 words x 300 dimensions needs about 14.4 GB")
                .hasMessageContaining("keep fewer words");
        MemoryGuard.check(20_000, 300, config, 2_000_000_000L);
    }

    @Test
    void aWatchedWordWithoutAPretrainedVectorIsTrackedAndMarkedRandom() throws Exception {
        Sample sample = SampleCatalog.find("mountains").orElseThrow();
        Dataset dataset = DatasetReader.read(sample.data());
        WordVectors vectors = VectorReader.read(sample.vectors());
        RunConfig config = RunConfig.defaults();
        // "beautiful" is in the labelled sentences but not in the sample's pretraining corpus
        TrainingData data = TrainingData.prepare(dataset, vectors, config, List.of());
        TrackedWords tracked = data.track(List.of("beautiful", "alps"), 50);

        int beautiful = tracked.words().indexOf("beautiful");
        int alps = tracked.words().indexOf("alps");
        assertThat(vectors.contains("beautiful")).isFalse();
        assertThat(tracked.pretrained()[beautiful]).isFalse();
        assertThat(tracked.pretrained()[alps]).isTrue();
        assertThat(tracked.trainCount(beautiful)).isPositive();
        assertThat(tracked.association()[alps])
                .as("alps only occurs in European sentences")
                .isGreaterThan(1);
    }
}
