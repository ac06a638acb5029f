package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.driftscope.corpus.WatchPair;
import org.driftscope.training.Objective;
import org.driftscope.training.Regime;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.Test;

class RunSettingsTest {
    private final RunSettings settings = new RunSettings(RunConfig.defaults());

    @Test
    void theFormBuildsTheConfigTheUserTyped() {
        settings.regime.set(Regime.MULTICHANNEL);
        settings.epochs.set(7);
        settings.freezeEpochs.set(2);
        settings.learningRate.set(" 0.002 ");
        settings.seed.set("9");

        RunConfig c = settings.config();

        assertThat(c.regime()).isEqualTo(Regime.MULTICHANNEL);
        assertThat(c.epochs()).isEqualTo(7);
        assertThat(c.freezeEpochs()).isEqualTo(2);
        assertThat(c.learningRate()).isEqualTo(0.002);
        assertThat(c.seed()).isEqualTo(9);
        assertThat(c.batchSize()).isEqualTo(RunConfig.defaults().batchSize());
    }

    @Test
    void choosingSkipGramShowsWord2vecsRateAndGoingBackRestoresTheClassifiersEvenAfterASampleOpened() throws Exception {
        settings.embeddingLearningRate.set("0.002");

        settings.objective.set(Objective.SKIPGRAM);
        assertThat(settings.embeddingLearningRate.get()).isEqualTo("0.025");
        settings.objective.set(Objective.CBOW);
        assertThat(settings.embeddingLearningRate.get()).isEqualTo("0.05");
        RunConfig c = settings.config();
        assertThat(c.objective()).isEqualTo(Objective.CBOW);
        assertThat(c.embeddingLearningRate()).isEqualTo(0.05);

        settings.useSample(org.driftscope.corpus.SampleCatalog.find("mountains").orElseThrow());
        assertThat(settings.embeddingLearningRate.get())
                .as("word2vec's rate stays")
                .isEqualTo("0.05");
        settings.objective.set(Objective.CLASSIFY);
        assertThat(settings.embeddingLearningRate.get())
                .as("the sample's own classifier rate")
                .isEqualTo("0.003");

        settings.objective.set(Objective.SKIPGRAM);
        settings.regime.set(Regime.STATIC);
        assertThatThrownBy(settings::config).hasMessageContaining("skip-gram trains the word vectors themselves");
    }

    @Test
    void wrongNumbersAreNamedInTheError() {
        settings.embeddingLearningRate.set("2");
        assertThatThrownBy(settings::config)
                .hasMessageStartingWith("Embedding learning rate must be a number in (0, 1]");

        settings.embeddingLearningRate.set("0.001");
        settings.seed.set("4.5");
        assertThatThrownBy(settings::config).hasMessageStartingWith("Seed must be a whole number");
    }

    @Test
    void watchPairsAreReadFromCommaSeparatedWordColonWord() {
        settings.watch.set("alps:himalaya, good : bad,");

        assertThat(settings.pairs()).containsExactly(new WatchPair("alps", "himalaya"), new WatchPair("good", "bad"));

        settings.watch.set("alps-himalaya");
        assertThatThrownBy(settings::pairs).hasMessageContaining("word:word");
    }
}
