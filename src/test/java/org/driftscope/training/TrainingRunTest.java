package org.driftscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.driftscope.corpus.Dataset;
import org.driftscope.corpus.DatasetReader;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.WordVectors;
import org.junit.jupiter.api.Test;

class TrainingRunTest {
    @Test
    void nonStaticRunMovesTrainedWordsAndLeavesUnseenWordsBitIdentical() throws Exception {
        Sample sample = SampleCatalog.find("mountains").orElseThrow();
        Dataset dataset = DatasetReader.read(sample.data());
        WordVectors vectors = VectorReader.read(sample.vectors());
        RunConfig config = RunConfig.defaults().withEpochs(2);
        TrainingData data = TrainingData.prepare(dataset, vectors, config, vectors.words());
        TrackedWords tracked = data.track(sample.show(), 1000);

        Recorded r = Recorded.run(data, config, tracked);
        List<EpochSnapshot> snapshots = r.snapshots();

        assertThat(r.outcome().status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(snapshots).extracting(EpochSnapshot::epoch).containsExactly(0, 1, 2);
        float[] before = tracked.frozen();
        float[] after = snapshots.get(2).tuned();
        int d = tracked.dimension();
        int moved = 0;
        int unseen = 0;
        for (int i = 0; i < tracked.size(); i++) {
            float[] a = java.util.Arrays.copyOfRange(before, i * d, (i + 1) * d);
            float[] b = java.util.Arrays.copyOfRange(after, i * d, (i + 1) * d);
            if (tracked.trainCount(i) > 0) {
                assertThat(b)
                        .as("vector of trained word %s", tracked.words().get(i))
                        .isNotEqualTo(a);
                moved++;
            } else {
                assertThat(b)
                        .as("vector of unseen word %s", tracked.words().get(i))
                        .isEqualTo(a);
                unseen++;
            }
        }
        assertThat(moved).isGreaterThan(50);
        assertThat(unseen)
                .as("the sample's vectors hold words its training split never uses")
                .isPositive();
        assertThat(snapshots.get(2).validationAccuracy()).isBetween(0.0, 1.0);
        assertThat(Set.of(snapshots.get(1).trainLoss(), snapshots.get(2).trainLoss()))
                .allMatch(Double::isFinite);
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // before the fix, await() never returned
    void anOutOfMemoryErrorEndsTheRunAsFailedInsteadOfLeavingItsWaitersWaiting() throws Exception {
        Sample sample = SampleCatalog.find("mountains").orElseThrow();
        Dataset dataset = DatasetReader.read(sample.data());
        WordVectors vectors = VectorReader.read(sample.vectors());
        RunConfig config = RunConfig.defaults().withEpochs(1);
        TrainingData data = TrainingData.prepare(dataset, vectors, config, vectors.words());
        RunOutcome[] outcome = new RunOutcome[1];
        var run = new TrainingRun(data, config, data.track(sample.show(), 1000), new TrainingListener() {
            @Override
            public void onEpoch(EpochSnapshot s) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public void onFinished(RunOutcome o) {
                outcome[0] = o;
            }
        });

        run.start();
        run.await();

        assertThat(outcome[0].status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(outcome[0].message()).contains("not enough memory").contains("-Xmx");
    }
}
