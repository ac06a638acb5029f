package org.driftscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.driftscope.corpus.DatasetOptions;
import org.driftscope.corpus.DatasetReader;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.run.Workspace;
import org.driftscope.vectors.VectorReader;
import org.junit.jupiter.api.Test;

class RelaunchTest {
    private static final long GB = 1L << 30;

    @Test
    void aSampleRunIsPlannedFromItsDatasetsWordsAndItsVectorsDimension() throws Exception {
        Sample sample = SampleCatalog.find("mountains").orElseThrow();
        int words = Workspace.datasetWords(DatasetReader.read(sample.data(), DatasetOptions.detect()))
                .size();
        int dimension = VectorReader.read(sample.vectors()).dimension();

        Optional<HeapPlan> plan =
                Relaunch.plan(new String[] {"train", "--sample", "mountains", "--out", "x", "--track-top", "50"}, GB);

        assertThat(plan).isPresent();
        assertThat(plan.get().dimension()).isEqualTo(dimension);
        assertThat(plan.get().tableWords()).isEqualTo(words);
        assertThat(plan.get().drawnWords()).isEqualTo(50);
    }

    @Test
    void commandsOtherThanARunnableTrainAreNotPlanned() {
        assertThat(Relaunch.plan(new String[] {"samples"}, GB)).isEmpty();
        assertThat(Relaunch.plan(new String[] {"train", "--help"}, GB)).isEmpty();
        assertThat(Relaunch.plan(new String[] {"train", "--no-such-option"}, GB))
                .isEmpty();
        // a bad input is left to the run itself, which names it
        assertThat(Relaunch.plan(new String[] {"train", "--sample", "nonesuch", "--out", "x"}, GB))
                .isEmpty();
        assertThat(Relaunch.plan(
                        new String[] {"train", "--vectors", "missing.vec", "--data", "missing.csv", "--out", "x"}, GB))
                .isEmpty();
    }

    @Test
    void theSecondJavaGetsThePlannedHeapInsteadOfTheMachinesShare() {
        HeapPlan plan = HeapPlan.of(6_000, 50, 1_000, 0, 16 * GB);
        List<String> jvm = List.of(
                "-XX:MaxRAMPercentage=75",
                "-XX:InitialRAMPercentage=10",
                "-XX:GCTimeRatio=4",
                "-Ddriftscope.heap=auto");

        List<String> command =
                Relaunch.command(Path.of("/rt/bin/java"), jvm, plan, "a.jar:b.jar", new String[] {"train", "--quiet"});

        assertThat(command)
                .startsWith("/rt/bin/java", "-XX:GCTimeRatio=4", plan.option(), "-Ddriftscope.heap=planned")
                .endsWith("-cp", "a.jar:b.jar", Main.class.getName(), "train", "--quiet")
                .noneMatch(o -> o.startsWith("-XX:MaxRAMPercentage")
                        || o.startsWith("-XX:InitialRAMPercentage")
                        || o.equals("-Ddriftscope.heap=auto"));
    }

    @Test
    void aHeapTheUserChoseIsKept() {
        assertThat(Relaunch.setsHeap("-Xmx2g")).isTrue();
        assertThat(Relaunch.setsHeap("-XX:MaxHeapSize=2147483648")).isTrue();
        assertThat(Relaunch.setsHeap("-XX:MaxRAMPercentage=75")).isFalse();
    }
}
