package org.driftscope.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.driftscope.compare.Comparison;
import org.driftscope.session.EpochView;
import org.driftscope.session.SessionFiles;

/**
 * Runs compared: the run on screen (live or opened, at the epoch shown) beside saved or autosaved
 * sessions, each at its last epoch, read and laid out in the background.
 */
final class Comparing {
    private final Jobs jobs;
    private final MainViewModel.Parts parts;

    Comparing(Jobs jobs, MainViewModel.Parts parts) {
        this.jobs = jobs;
        this.parts = parts;
    }

    /**
     * Trains a sample's ready comparison (static, non-static, skip-gram) in the background.
     *
     * @param show takes the comparison on the UI thread
     */
    void compareSample(org.driftscope.corpus.Sample sample, int epochs, Consumer<Comparison> show) {
        parts.status()
                .say("Training " + sample.name() + "'s static, non-static and skip-gram runs (" + epochs
                        + " epochs each) to compare them...");
        jobs.alongside()
                .run(
                        () -> org.driftscope.run.SampleComparison.train(sample, epochs, null, method -> {}),
                        c -> {
                            parts.status().say("Compared " + String.join(", ", c.names()) + " on " + sample.name());
                            show.accept(c);
                        },
                        e -> parts.status().error.set(ErrorReport.of("Could not compare the sample's runs", e)));
    }

    /**
     * @param files sessions to compare with the run shown (if any); two or more when nothing is shown
     * @param show takes the comparison on the UI thread
     */
    void compare(List<Path> files, Consumer<Comparison> show) {
        EpochView shown = parts.explore().shown();
        parts.status().say("Comparing " + (files.size() + (shown != null ? 1 : 0)) + " runs...");
        jobs.alongside()
                .run(
                        () -> {
                            List<String> names = new ArrayList<>();
                            List<EpochView> views = new ArrayList<>();
                            if (shown != null) {
                                views.add(shown);
                                names.add(shown.run().config().method() + " (on screen)");
                            }
                            for (Path f : files) {
                                var s = SessionFiles.read(f);
                                views.add(s.last());
                                names.add(s.run().config().method() + " (" + f.getFileName() + ")");
                            }
                            return Comparison.of(names, views);
                        },
                        c -> {
                            parts.status()
                                    .say("Compared " + c.names().size() + " runs over "
                                            + c.words().size() + " words they all draw");
                            show.accept(c);
                        },
                        e -> parts.status().error.set(ErrorReport.of("Could not compare the runs", e)));
    }
}
