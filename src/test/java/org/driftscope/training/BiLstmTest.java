package org.driftscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.driftscope.corpus.Dataset;
import org.driftscope.corpus.DatasetReader;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.WordVectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The recurrent head on the sentiment sample: it learns, it is reproducible, and the regimes hold. */
@Tag("slow")
class BiLstmTest {
    private static Sample sample;
    private static Dataset dataset;
    private static WordVectors vectors;

    @BeforeAll
    static void load() throws Exception {
        sample = SampleCatalog.find("sentiment").orElseThrow();
        dataset = DatasetReader.read(sample.data());
        vectors = VectorReader.read(sample.vectors());
    }

    private static RunConfig config() {
        return RunConfig.defaults().withModel(Model.BILSTM).withEpochs(2).withSampleDefaults(sample);
    }

    private static Recorded run(RunConfig config, TrackedWords[] tracked) throws InterruptedException {
        TrainingData data = TrainingData.prepare(dataset, vectors, config, vectors.words());
        tracked[0] = data.track(sample.show(), 1000);
        Recorded r = Recorded.run(data, config, tracked[0]);
        assertThat(r.outcome().status()).as(r.outcome().message()).isEqualTo(RunOutcome.Status.COMPLETED);
        return r;
    }

    @Test
    void aNonStaticBiLstmLearnsTheLabelsMovesOnlyTrainedWordsAndRepeatsForASeed() throws Exception {
        TrackedWords[] tracked = new TrackedWords[1];
        Recorded first = run(config(), tracked);
        Recorded again = run(config(), tracked);

        assertThat(first.snapshots().get(2).validationAccuracy())
                .as("validation accuracy after 2 epochs")
                .isGreaterThan(first.snapshots().get(0).validationAccuracy() + 0.2);
        assertThat(again.snapshots().get(2).tuned())
                .containsExactly(first.snapshots().get(2).tuned());
        TrackedWords t = tracked[0];
        int d = t.dimension();
        float[] end = first.snapshots().get(2).tuned();
        int moved = 0;
        for (int i = 0; i < t.size(); i++) {
            boolean changed = !Arrays.equals(t.frozen(), i * d, (i + 1) * d, end, i * d, (i + 1) * d);
            if (t.trainCount(i) == 0) {
                assertThat(changed)
                        .as("%s never occurs in training", t.words().get(i))
                        .isFalse();
            }
            moved += changed ? 1 : 0;
        }
        assertThat(moved).isGreaterThan(t.size() / 2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Regime.class)
    void everyRegimeBuildsABiLstmThatLearnsFromABatchAndKeepsItsFrozenTable(Regime regime) {
        RunConfig config = config().withRegime(regime);
        TrainingData data = TrainingData.prepare(dataset, vectors, config, vectors.words());
        var net = Networks.build(data, config, false);
        Batches batches = new Batches(data, config);
        var batch = batches.of(null, 0, 50, data.trainTokens, data.trainLabels);
        float[] before =
                net.getLayer(Networks.EMBEDDING).getParam("W").dup().reshape(-1).toFloatVector();

        net.fit(batch);
        double first = net.score();
        for (int step = 0; step < 5; step++) {
            net.fit(batch);
        }

        assertThat(first).isFinite();
        assertThat(net.score()).as("the loss on the batch it learns from falls").isLessThan(first);
        float[] after =
                net.getLayer(Networks.EMBEDDING).getParam("W").dup().reshape(-1).toFloatVector();
        if (regime.trainsEmbedding()) {
            assertThat(after).isNotEqualTo(before);
        } else {
            assertThat(after).containsExactly(before);
        }
        if (regime.channels() == 2) {
            assertThat(net.getLayer(Networks.STATIC_EMBEDDING)
                            .getParam("W")
                            .dup()
                            .reshape(-1)
                            .toFloatVector())
                    .as("multichannel's frozen copy")
                    .containsExactly(before);
        }
    }

    @Test
    void freezingTheFirstEpochKeepsEveryRowThenTunes() throws Exception {
        TrackedWords[] tracked = new TrackedWords[1];
        Recorded r = run(config().withFreezeEpochs(1), tracked);

        assertThat(r.snapshots().get(1).tuned()).as("frozen epoch").containsExactly(tracked[0].frozen());
        assertThat(r.snapshots().get(2).tuned()).as("tuned epoch").isNotEqualTo(tracked[0].frozen());
    }
}
