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
import org.driftscope.vectors.WordVectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** word2vec's skip-gram and CBOW continued from the pretrained vectors on the mountains sample's sentences. */
@Tag("slow")
class ContinuationTest {
    private static Sample sample;
    private static Dataset dataset;
    private static WordVectors vectors;

    @BeforeAll
    static void load() throws Exception {
        sample = SampleCatalog.find("mountains").orElseThrow();
        dataset = DatasetReader.read(sample.data());
        vectors = VectorReader.read(sample.vectors());
    }

    private static RunConfig config(Objective objective, int epochs) {
        RunConfig c = RunConfig.defaults().withEpochs(epochs).withSampleDefaults(sample);
        return objective.supervised()
                ? c
                : c.withObjective(objective).withEmbeddingLearningRate(objective.startingRate());
    }

    private static Recorded run(RunConfig config, TrackedWords[] tracked) throws InterruptedException {
        TrainingData data = TrainingData.prepare(dataset, vectors, config, vectors.words());
        tracked[0] = data.track(sample.show(), 1000);
        Recorded r = Recorded.run(data, config, tracked[0]);
        assertThat(r.outcome().status()).isEqualTo(RunOutcome.Status.COMPLETED);
        return r;
    }

    @ParameterizedTest
    @EnumSource(
            value = Objective.class,
            names = {"SKIPGRAM", "CBOW"})
    void aSeedGivesTheSameVectorsAndOnlyWordsOfTheSentencesMove(Objective objective) throws Exception {
        TrackedWords[] tracked = new TrackedWords[1];
        Recorded first = run(config(objective, 2), tracked);
        Recorded again = run(config(objective, 2), tracked);
        Recorded other = run(config(objective, 2).withSeed(7), tracked);

        float[] end = first.snapshots().get(2).tuned();
        assertThat(again.snapshots().get(2).tuned()).as("the same seed").containsExactly(end);
        assertThat(other.snapshots().get(2).tuned()).as("another seed").isNotEqualTo(end);
        TrackedWords t = tracked[0];
        int d = t.dimension();
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
        assertThat(moved).as("words of the training sentences that moved").isGreaterThan(50);
        List<EpochSnapshot> s = first.snapshots();
        assertThat(s.get(2).validationLoss())
                .as("word2vec's loss on the held-out sentences falls")
                .isLessThan(s.get(0).validationLoss());
        assertThat(s.get(2).validationAccuracy())
                .as("no classifier, no accuracy")
                .isNaN();
        assertThat(s.get(2).validationText()).startsWith("validation loss ");
    }

    @Test
    void continuingWord2vecKeepsAlpsAndHimalayaTogetherWhereTheClassifierPullsThemApart() throws Exception {
        TrackedWords[] tracked = new TrackedWords[1];
        double classifier = pairDrop(run(config(Objective.CLASSIFY, 5), tracked), tracked[0]);
        double skipGram = pairDrop(run(config(Objective.SKIPGRAM, 5), tracked), tracked[0]);
        double cbow = pairDrop(run(config(Objective.CBOW, 5), tracked), tracked[0]);

        assertThat(classifier)
                .as("the classifier's drop of cos(alps, himalaya)")
                .isGreaterThan(0.2);
        assertThat(skipGram).as("skip-gram's drop").isLessThan(classifier / 5);
        assertThat(cbow).as("CBOW's drop").isLessThan(classifier / 5);
    }

    /** How far cos(alps, himalaya) fell from epoch 0 to the last. */
    private static double pairDrop(Recorded r, TrackedWords t) {
        int a = t.words().indexOf("alps");
        int h = t.words().indexOf("himalaya");
        List<EpochSnapshot> s = r.snapshots();
        return cosine(s.get(0).tuned(), a, h, t.dimension())
                - cosine(s.get(s.size() - 1).tuned(), a, h, t.dimension());
    }

    private static double cosine(float[] rows, int a, int b, int d) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int c = 0; c < d; c++) {
            ab += rows[a * d + c] * rows[b * d + c];
            aa += rows[a * d + c] * rows[a * d + c];
            bb += rows[b * d + c] * rows[b * d + c];
        }
        return ab / Math.sqrt(aa * bb);
    }

    @ParameterizedTest
    @EnumSource(
            value = Regime.class,
            names = {"STATIC", "MULTICHANNEL"})
    void word2vecObjectivesTrainTheVectorsSoTheyRefuseFrozenRegimes(Regime regime) {
        assertThatThrownBy(() -> RunConfig.defaults().withRegime(regime).withObjective(Objective.SKIPGRAM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("skip-gram trains the word vectors themselves")
                .hasMessageContaining("not " + regime.label());
    }
}
