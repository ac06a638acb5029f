package org.driftscope.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.driftscope.SharedData;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.corpus.WatchPair;
import org.driftscope.drift.Neighbour;
import org.driftscope.run.LiveRun;
import org.driftscope.run.Runs;
import org.driftscope.run.Workspace;
import org.driftscope.training.RunConfig;
import org.driftscope.training.TrainingData;
import org.driftscope.training.TunedTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neighbours over the whole embedding table (issue 21): a word's neighbour lists, before and after,
 * are searched among every row of the table, so they never depend on how many words are drawn.
 */
@Tag("slow")
class WholeTableNeighboursTest {
    @TempDir
    Path dir;

    private static List<String> words(List<Neighbour> list) {
        return list.stream().map(Neighbour::word).toList();
    }

    @Test
    void changingWordsDrawnNeverChangesAWordsNeighbours() throws Exception {
        Workspace ws = Workspace.open(SampleCatalog.find("mountains").orElseThrow());
        RunConfig few = RunConfig.defaults().withEpochs(1).withTrackLimit(RunConfig.MIN_TRACKED);
        EpochView small = Runs.complete(ws, few).get(1);
        EpochView large = Runs.complete(ws, few.withTrackLimit(150)).get(1);

        var drawnInSmall = new HashSet<>(small.run().tracked().words());
        boolean beyondDrawn = false;
        for (String w : List.of("alps", "himalaya", "dolomites", "karakoram")) {
            int a = small.run().tracked().words().indexOf(w);
            int b = large.run().tracked().words().indexOf(w);
            assertSame(w + " before", small.drift().before(a), large.drift().before(b));
            assertSame(w + " after", small.drift().after(a), large.drift().after(b));
            beyondDrawn |= words(small.drift().after(a)).stream().anyMatch(n -> !drawnInSmall.contains(n));
        }
        assertThat(small.run().tracked().size())
                .isLessThan(large.run().tracked().size());
        assertThat(beyondDrawn)
                .as("some neighbour is a word the small run does not draw")
                .isTrue();
    }

    /** The same words in the same order; cosines equal to float32 rounding (BLAS blocks by query count). */
    private static void assertSame(String what, List<Neighbour> a, List<Neighbour> b) {
        assertThat(words(a)).as(what).isEqualTo(words(b));
        for (int r = 0; r < a.size(); r++) {
            assertThat(a.get(r).similarity())
                    .as(what)
                    .isCloseTo(b.get(r).similarity(), org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    @Test
    void frozenNeighboursOfGoodAndBadOnMovieReviewsAreABruteForceCosineSearch() throws Exception {
        Workspace ws = Workspace.open(
                "mr",
                SharedData.file("glove-6B-50d-head9163/glove.6B.50d.txt"),
                SharedData.file("mr-rt-polarity"),
                List.of(WatchPair.parse("good:bad")),
                List.of());
        RunConfig config = RunConfig.defaults();
        EpochView preview = LiveRun.preview(ws, config, org.driftscope.projection.ProjectionMethod.PCA);
        TunedTable table = TrainingData.prepare(ws.dataset(), ws.vectors(), config, ws.namedWords())
                .initialTable();

        for (String w : List.of("good", "bad")) {
            int i = preview.run().tracked().words().indexOf(w);
            assertThat(words(preview.drift().before(i))).as(w).isEqualTo(bruteForce(table, w, RunConfig.NEIGHBOURS));
        }
    }

    /** The k rows of highest cosine with {@code word}'s row, by a plain loop in double precision. */
    private static List<String> bruteForce(TunedTable table, String word, int k) {
        return org.driftscope.drift.BruteForceNeighbours.of(table, word, k).stream()
                .map(org.driftscope.drift.Neighbour::word)
                .toList();
    }

    @Test
    void aReopenedSessionShowsTheSameNeighbours() throws Exception {
        Session session = Runs.session(
                Workspace.open(SampleCatalog.find("sentiment").orElseThrow()),
                RunConfig.defaults().withEpochs(2));
        Path file = dir.resolve("s.driftscope");
        SessionFiles.write(session, file);

        Session reopened = SessionFiles.read(file);

        for (int e = 0; e < session.epochs().size(); e++) {
            var before = session.epochs().get(e).drift();
            var after = reopened.epochs().get(e).drift();
            assertThat(after.table()).isNotNull();
            for (int i = 0; i < before.words().size(); i++) {
                assertThat(after.before(i)).isEqualTo(before.before(i));
                assertThat(after.after(i)).isEqualTo(before.after(i));
            }
            assertThat(after.overlap()).isEqualTo(before.overlap());
        }
    }
}
