package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.driftscope.corpus.Sample;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.session.SessionFiles;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view model without any JavaFX toolkit: background work and deliveries run on the calling thread
 * (training and layout threads call back directly), and a latch waits for the end of a run.
 */
class MainViewModelTest {
    @TempDir
    Path dir;

    private final MainViewModel model =
            new MainViewModel(RunConfig.defaults().withEpochs(2), Runnable::run, Runnable::run, Path.of("unused"));

    private MainViewModel trainingModel() {
        return new MainViewModel(RunConfig.defaults().withEpochs(2), Runnable::run, Runnable::run, dir.resolve("auto"));
    }

    @Test
    void openingTheBundledSampleShowsTheFrozenLayoutAndGetsReadyToTrain() throws Exception {
        model.open(SampleCatalog.load().get(0));

        assertThat(model.stateProperty().get()).isEqualTo(RunState.IDLE);
        assertThat(model.canTrainProperty().get()).isTrue();
        assertThat(model.explore().history()).hasSize(1);
        assertThat(model.explore().shown().frozen().size()).isGreaterThan(50);
        assertThat(model.epochProperty().get()).isEqualTo("0");
        assertThat(model.accuracyProperty().get()).isEqualTo("-");
        assertThat(model.settings().watch.get()).contains("alps:himalaya");
        assertThat(model.datasetSummaryProperty().get()).contains("word types");
        assertThat(model.recentProperty()).containsExactly("sample:mountains");
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void missingVectorFileReportsTheFileAndReasonAndLeavesNothingLoaded() throws Exception {
        Sample real = SampleCatalog.load().get(0);
        Sample broken = new Sample("broken", "", "", dir.resolve("gone.vec"), real.data(), List.of(), List.of());

        model.open(broken);

        assertThat(model.stateProperty().get()).isEqualTo(RunState.EMPTY);
        assertThat(model.explore().history()).isEmpty();
        var report = model.errorProperty().get();
        assertThat(report.title()).contains("broken");
        assertThat(report.reason()).startsWith("gone.vec: the file does not exist");
    }

    @Test
    void theDatasetPanelListsWhatLookedWrongInTheFiles() throws Exception {
        Sample real = SampleCatalog.load().get(0);
        // the sample's sentences as a folder per class holding one file each, the first with a BOM
        java.nio.file.Path data = dir.resolve("regions");
        List<String> lines = java.nio.file.Files.readAllLines(real.data());
        for (String label : List.of("asia", "europe")) {
            java.nio.file.Path file =
                    java.nio.file.Files.createDirectories(data.resolve(label)).resolve("all.txt");
            String text = lines.stream()
                    .filter(l -> l.startsWith(label + "\t"))
                    .map(l -> l.substring(label.length() + 1))
                    .collect(java.util.stream.Collectors.joining("\n"));
            java.nio.file.Files.writeString(file, (label.equals("asia") ? "\uFEFF" : "") + text);
        }
        // the sample's vectors with a header that overstates the rows
        List<String> rows = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(real.vectors()));
        rows.set(0, "999 " + rows.get(0).split(" ")[1]);
        java.nio.file.Path vectors = java.nio.file.Files.write(dir.resolve("odd.vec"), rows);

        model.openFiles(vectors, data, null);

        assertThat(model.stateProperty().get())
                .as(String.valueOf(model.errorProperty().get()))
                .isEqualTo(RunState.IDLE);
        assertThat(model.datasetSummaryProperty().get())
                .contains("asia 997, europe 1003")
                .contains("Note: every class folder holds a single file, so each line of it is a document")
                .contains("Note: all.txt starts with a UTF-8 byte order mark")
                .contains("Note: odd.vec: the header says 999 rows");
    }

    @Test
    void aDatasetWithAnUnbalancedQuoteIsRefusedByLineAndTheWindowStaysUsable() throws Exception {
        Sample real = SampleCatalog.load().get(0);
        java.nio.file.Path csv = dir.resolve("quotes.csv");
        java.nio.file.Files.writeString(csv, "text,label\nthe alps,europe\n\"the himalaya,asia\nnepal,asia\n");

        model.openFiles(real.vectors(), csv, null);

        assertThat(model.stateProperty().get()).isEqualTo(RunState.EMPTY);
        assertThat(model.errorProperty().get().reason()).startsWith("quotes.csv, line 3: a quoted field opens here");

        model.open(real);

        assertThat(model.stateProperty().get()).isEqualTo(RunState.IDLE);
    }

    @Test
    void aVectorFileWhoseHeaderAsksForGigabytesIsRefusedAndTheWindowStaysUsable() throws Exception {
        Sample real = SampleCatalog.load().get(0);
        // 19 bytes that once asked the reader for 8 GB and left the window on "Loading..." for good
        java.nio.file.Path huge = dir.resolve("huge.vec");
        java.nio.file.Files.writeString(huge, "1 2000000000\na 0.5\n");
        Sample broken = new Sample("broken", "", "", huge, real.data(), List.of(), List.of());

        model.open(broken);

        assertThat(model.stateProperty().get()).isEqualTo(RunState.EMPTY);
        assertThat(model.errorProperty().get().reason())
                .startsWith("huge.vec, line 1: the header says 2,000,000,000 dimensions");

        model.open(real);

        assertThat(model.stateProperty().get()).isEqualTo(RunState.IDLE);
        assertThat(model.explore().history()).hasSize(1);
    }

    @Test
    void aBadLearningRateIsReportedByNameAndNothingStarts() throws Exception {
        model.open(SampleCatalog.load().get(0));
        model.settings().learningRate.set("fast");

        model.train();

        assertThat(model.stateProperty().get()).isEqualTo(RunState.IDLE);
        assertThat(model.errorProperty().get().reason()).startsWith("Learning rate must be a number");
    }

    @Test
    void stopBeforeTrainingIsIgnored() throws Exception {
        model.open(SampleCatalog.load().get(0));

        model.stop();

        assertThat(model.stateProperty().get()).isEqualTo(RunState.IDLE);
    }

    @Test
    void trainingAutosavesEveryEpochAndASavedSessionReopensWithTheSameLayouts() throws Exception {
        MainViewModel vm = trainingModel();
        vm.open(SampleCatalog.load().get(0));
        trainToTheEnd(vm);

        assertThat(vm.explore().history()).hasSize(3);
        Path autosave;
        try (Stream<Path> files = Files.list(dir.resolve("auto"))) {
            autosave = files.filter(p -> p.toString().endsWith(".driftscope"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(SessionFiles.read(autosave).epochs()).hasSize(3);

        Path saved = dir.resolve("run.driftscope");
        vm.saveSession(saved);
        MainViewModel other = trainingModel();
        other.openSession(saved);

        assertThat(other.stateProperty().get()).isEqualTo(RunState.IDLE);
        assertThat(other.canTrainProperty().get())
                .as("the sample's files are where the session says: it trains again")
                .isTrue();
        assertThat(other.explore().history()).hasSize(3);
        for (int e = 0; e < 3; e++) {
            assertThat(other.explore().history().get(e).tuned().xy())
                    .containsExactly(vm.explore().history().get(e).tuned().xy());
        }
        assertThat(other.settings().regime.get()).isEqualTo(vm.settings().regime.get());
    }

    @Test
    void theStatusBarSaysWhenTrainingWaitsForAnEpochToBeLaidOut() throws Exception {
        MainViewModel vm = trainingModel();
        vm.open(SampleCatalog.load().get(0));
        List<String> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        vm.statusProperty().addListener((obs, old, now) -> statuses.add(now));
        trainToTheEnd(vm);

        List<String> seen = List.copyOf(statuses);
        assertThat(seen).contains("Laying out epoch 1 of 2...", "Laying out epoch 2 of 2...");
        int secondEpoch = seen.indexOf(seen.stream()
                .filter(s -> s.startsWith("Training epoch 2 of 2, batch "))
                .findFirst()
                .orElseThrow());
        assertThat(seen.indexOf("Laying out epoch 1 of 2..."))
                .as("the first epoch is laid out before the second one trains")
                .isLessThan(secondEpoch);
    }

    @Test
    void aTruncatedSessionFileGivesAnErrorAndKeepsWhatWasOnScreen() throws Exception {
        MainViewModel vm = trainingModel();
        vm.open(SampleCatalog.load().get(0));
        trainToTheEnd(vm);
        Path saved = dir.resolve("run.driftscope");
        vm.saveSession(saved);
        byte[] bytes = Files.readAllBytes(saved);
        Path truncated = dir.resolve("cut.driftscope");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        double[] before = vm.explore().shown().tuned().xy();

        vm.openSession(truncated);

        assertThat(vm.errorProperty().get().reason()).contains("cut.driftscope");
        assertThat(vm.stateProperty().get()).isEqualTo(RunState.IDLE);
        assertThat(vm.canTrainProperty().get()).isTrue();
        assertThat(vm.explore().history()).hasSize(3);
        assertThat(vm.explore().shown().tuned().xy()).containsExactly(before);
    }

    @Test
    void switchingProjectionRedrawsEveryEpochAndKeepsTheDrift() throws Exception {
        MainViewModel vm = trainingModel();
        vm.open(SampleCatalog.load().get(0));
        trainToTheEnd(vm);
        double[] displacement = vm.explore().shown().drift().displacement();

        vm.settings().projection.set(ProjectionMethod.PCA);
        vm.relayout(ProjectionMethod.PCA);

        assertThat(vm.stateProperty().get()).isEqualTo(RunState.IDLE);
        assertThat(vm.explore().history()).hasSize(3);
        assertThat(vm.explore().shown().run().projection()).isEqualTo(ProjectionMethod.PCA);
        assertThat(vm.explore().shown().drift().displacement()).containsExactly(displacement);
    }

    @Test
    void findAddsAnUndrawnWordOfTheTableToThePlotAmongItsNearestDrawnWords() throws Exception {
        MainViewModel vm = trainingModel();
        vm.open(SampleCatalog.find("mountains").orElseThrow());
        vm.settings().trackLimit.set(20);
        trainToTheEnd(vm);
        var last = vm.explore().shown();
        List<String> drawn = last.run().tracked().words();
        assertThat(drawn).as("few words drawn").doesNotContain("fondue");
        double[] before = last.tuned().xy();

        vm.explore().searchProperty().set("fondue");
        vm.find();

        assertThat(vm.statusProperty().get()).contains("'fondue' is not drawn: added to the plot");
        var placed = vm.explore().placedProperty().get();
        assertThat(placed).hasSize(1);
        assertThat(placed.get(0).inTuned()).as("the last epoch's table is kept").isTrue();
        assertThat(vm.explore().shown().tuned().xy()).as("no drawn word moved").containsExactly(before);
        // in the frozen panel it lands among the drawn words nearest it in the input file's vectors
        var vectors = org.driftscope.vectors.VectorReader.read(
                SampleCatalog.find("mountains").orElseThrow().vectors());
        float[] fondue = vectors.vector(vectors.indexOf("fondue").getAsInt());
        List<Integer> byCosine = new java.util.ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            if (vectors.indexOf(drawn.get(i)).isPresent()) {
                byCosine.add(i);
            }
        }
        byCosine.sort(java.util.Comparator.comparingDouble(i ->
                -cosine(fondue, vectors.vector(vectors.indexOf(drawn.get(i)).getAsInt()))));
        var frozen = last.frozen();
        double x = placed.get(0).frozenX();
        double y = placed.get(0).frozenY();
        double near = 0;
        double far = 0;
        for (int r = 0; r < 3; r++) {
            int a = byCosine.get(r);
            int b = byCosine.get(byCosine.size() - 1 - r);
            near += Math.hypot(frozen.x(a) - x, frozen.y(a) - y);
            far += Math.hypot(frozen.x(b) - x, frozen.y(b) - y);
        }
        assertThat(near).isLessThan(far);
        var lists = vm.explore().neighbours();
        assertThat(lists.get(0)).hasSize(10);
        assertThat(lists.get(1)).hasSize(10);
        assertThat(vm.explore().selectedWord()).isEqualTo("fondue");

        vm.explore().showIndex(1);
        assertThat(vm.explore().placedProperty().get().get(0).inTuned())
                .as("epoch 1's table is not kept")
                .isFalse();
        vm.explore().selectWord(drawn.get(0));
        assertThat(vm.explore().selectedWord()).isEqualTo(drawn.get(0));

        vm.explore().searchProperty().set("qqqzz");
        vm.find();
        assertThat(vm.statusProperty().get()).startsWith("No word starts with 'qqqzz' among the ");
        vm.explore().clearAdded();
        assertThat(vm.explore().placedProperty().get()).isEmpty();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
            na += a[j] * a[j];
            nb += b[j] * b[j];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static void trainToTheEnd(MainViewModel vm) throws InterruptedException {
        trainUntilIdle(vm);
        assertThat(vm.errorProperty().get()).isNull();
    }

    /** Presses Train and waits until the run has ended, however it ended. */
    private static void trainUntilIdle(MainViewModel vm) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        vm.stateProperty().addListener((obs, old, now) -> {
            if (old == RunState.TRAINING && now == RunState.IDLE) {
                done.countDown();
            }
        });
        vm.train();
        assertThat(done.await(3, TimeUnit.MINUTES)).as("training ended").isTrue();
    }
}
