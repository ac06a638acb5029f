package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.run.LiveRun;
import org.driftscope.run.Workspace;
import org.driftscope.session.EpochView;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search, selection, following new epochs and trails, without a toolkit. */
class ExploreModelTest {
    private static EpochView preview;

    @BeforeAll
    static void layOut() throws Exception {
        preview = LiveRun.preview(Workspace.open(SampleCatalog.find("mountains").orElseThrow()), RunConfig.defaults());
    }

    private final ExploreModel model = new ExploreModel();

    @Test
    void searchHighlightsWordsStartingWithTheTextExactMatchFirst() {
        model.reset(List.of(preview));

        model.searchProperty().set("Alp");

        List<String> words = preview.run().tracked().words();
        assertThat(model.matchesProperty().get()).isNotEmpty();
        assertThat(model.matchesProperty().get()).allMatch(i -> words.get(i).startsWith("alp"));
        assertThat(model.selectSearched()).isTrue();
        assertThat(model.selectedWord()).startsWith("alp");
    }

    @Test
    void searchForAWordNotTrackedFindsNothing() {
        model.reset(List.of(preview));

        model.searchProperty().set("zzzz");

        assertThat(model.matchesProperty().get()).isEmpty();
        assertThat(model.selectSearched()).isFalse();
        assertThat(model.selectedProperty().get()).isEqualTo(-1);
    }

    @Test
    void newEpochsAreFollowedOnlyWhileTheUserIsOnTheLatest() {
        model.reset(List.of(preview));
        model.add(preview);
        assertThat(model.indexProperty().get()).isEqualTo(1);

        model.showIndex(0);
        model.add(preview);

        assertThat(model.indexProperty().get())
                .as("stays on the epoch the user chose")
                .isZero();
        assertThat(model.history()).hasSize(3);
    }

    @Test
    void aTrailHasOnePointPerEpochUpToTheOneShown() {
        model.reset(List.of(preview, preview, preview));
        model.showIndex(1);

        double[] trail = model.trail(0);

        assertThat(trail).hasSize(4);
        assertThat(trail[0]).isEqualTo(preview.tuned().x(0));
    }

    @Test
    void theSelectionSurvivesAResetByWord() {
        model.reset(List.of(preview));
        model.selectWord("alps");

        model.reset(List.of(preview, preview));

        assertThat(model.selectedWord()).isEqualTo("alps");
    }
}
