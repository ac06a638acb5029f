package org.driftscope.app;

import java.util.List;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.run.Relayout;
import org.driftscope.session.EpochView;

/** Draws every epoch again with another projection, in the background; on failure the old drawing stays. */
final class Redraw {
    private final Jobs jobs;
    private final WindowStatus status;
    private final ExploreModel explore;
    private final RunSettings settings;

    Redraw(Jobs jobs, MainViewModel.Parts parts) {
        this.jobs = jobs;
        this.status = parts.status();
        this.explore = parts.explore();
        this.settings = parts.settings();
    }

    void relayout(ProjectionMethod method) {
        List<EpochView> epochs = List.copyOf(explore.history());
        if (epochs.isEmpty()
                || status.state.get() != RunState.IDLE
                || epochs.get(0).run().projection() == method) {
            return;
        }
        Jobs.Ticket ticket = jobs.replace();
        status.begin(RunState.RELAYOUT, "Laying out " + epochs.size() + " epochs with " + method.label() + "...", 0);
        ticket.run(
                () -> Relayout.of(
                        epochs,
                        method,
                        (done, total) -> ticket.then(() -> status.progress.set((double) done / total)),
                        () -> !ticket.current()),
                redrawn -> {
                    int at = explore.indexProperty().get();
                    explore.reset(redrawn);
                    explore.showIndex(at);
                    status.end(RunState.IDLE, "Now drawn with " + method.label() + ".");
                },
                e -> {
                    ProjectionMethod kept = epochs.get(0).run().projection();
                    settings.projection.set(kept);
                    status.end(
                            RunState.IDLE,
                            "Still drawn with " + kept.label() + ": " + method.label()
                                    + " could not lay these epochs out.");
                    status.error.set(ErrorReport.of("Could not lay out with " + method.label(), e));
                });
    }
}
