package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model without any JavaFX toolkit: work runs on the calling thread. */
class MainViewModelTest {
    @TempDir
    Path dir;

    private final MainViewModel model =
            new MainViewModel(RunConfig.defaults().withEpochs(1), Runnable::run, Runnable::run);

    @Test
    void openingTheBundledSampleShowsTheFrozenLayoutAndGetsReadyToTrain() throws Exception {
        model.open(SampleCatalog.load().get(0));

        assertThat(model.stateProperty().get()).isEqualTo(RunState.IDLE);
        assertThat(model.figureProperty().get().left().layout().size()).isGreaterThan(50);
        assertThat(model.epochProperty().get()).isEqualTo("0");
        assertThat(model.accuracyProperty().get()).isEqualTo("-");
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void missingVectorFileReportsTheFileAndReasonAndLeavesNothingLoaded() throws Exception {
        Sample real = SampleCatalog.load().get(0);
        Sample broken = new Sample("broken", "", "", dir.resolve("gone.vec"), real.data(), List.of(), List.of());

        model.open(broken);

        assertThat(model.stateProperty().get()).isEqualTo(RunState.EMPTY);
        assertThat(model.figureProperty().get()).isNull();
        var report = model.errorProperty().get();
        assertThat(report.title()).contains("broken");
        assertThat(report.reason()).startsWith("gone.vec: the file does not exist");
    }

    @Test
    void stopBeforeTrainingIsIgnored() throws Exception {
        model.open(SampleCatalog.load().get(0));

        model.stop();

        assertThat(model.stateProperty().get()).isEqualTo(RunState.IDLE);
    }
}
