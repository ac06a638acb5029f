package org.driftscope.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.driftscope.export.Animation;
import org.driftscope.export.ExportSet;
import org.driftscope.export.Picture;
import org.driftscope.run.Autosave;
import org.driftscope.session.EpochView;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;

/**
 * Everything the window writes: exports of the epoch on screen, the run as an animation, the session
 * saved by the user and the one autosaved after each epoch. All of it in the background, and none of
 * it is replaced by later work: a save reports however long it takes.
 */
final class Outputs {
    private final Jobs jobs;
    private final WindowStatus status;
    private final OpenWork work;
    private final ExploreModel explore;
    private final RecentEntries recent;

    Outputs(Jobs jobs, MainViewModel.Parts parts) {
        this.jobs = jobs;
        this.status = parts.status();
        this.work = parts.work();
        this.explore = parts.explore();
        this.recent = parts.recent();
    }

    /** Writes the chosen files for the epoch on screen. */
    void export(ExportSet request, Picture picture) {
        EpochView current = explore.shown();
        if (current == null) {
            return;
        }
        Session whole = work.session(List.copyOf(explore.history()));
        jobs.alongside()
                .run(
                        () -> request.write(current, whole, picture),
                        written -> status.say(String.format(
                                Locale.ROOT,
                                "Exported epoch %d: %d files in %s%s",
                                current.epoch(),
                                written.files().size(),
                                request.folder(),
                                written.vectors().isEmpty() ? "" : "; " + written.vectors())),
                        e -> status.error.set(ErrorReport.of("Could not export", e)));
    }

    /**
     * Writes the epochs so far, each sliding into the next as the replay shows them, as an animated GIF
     * ({@code .gif}) or numbered PNG frames (a {@code .png} name).
     */
    void exportAnimation(Path target) {
        List<EpochView> epochs = List.copyOf(explore.history());
        if (epochs.isEmpty()) {
            return;
        }
        var colouring = explore.colouringProperty().get();
        status.say("Writing the animation of epochs 0-"
                + epochs.get(epochs.size() - 1).epoch() + "...");
        boolean pngs = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
        jobs.alongside()
                .run(
                        () -> {
                            if (pngs) {
                                return Animation.pngs(epochs, colouring, target).size() + " PNG frames";
                            }
                            Animation.gif(epochs, colouring, target);
                            return "an animated GIF";
                        },
                        what -> status.say("Wrote " + what + " of " + epochs.size() + " epochs to " + target),
                        e -> status.error.set(ErrorReport.of("Could not write the animation", e)));
    }

    /** Saves every epoch so far as one session file. */
    void saveSession(Path target) {
        List<EpochView> epochs = List.copyOf(explore.history());
        if (epochs.isEmpty()) {
            return;
        }
        Session whole = work.session(epochs);
        jobs.alongside()
                .run(
                        () -> {
                            SessionFiles.write(whole, target);
                            return target;
                        },
                        saved -> {
                            work.saved();
                            recent.remember(RecentEntries.session(saved));
                            status.say("Saved the session (" + epochs.size() + " epochs) to " + saved);
                        },
                        e -> status.error.set(ErrorReport.of("Could not save the session", e)));
    }

    /** Writes the run's epochs so far to its autosave file, if it has one. */
    void autosave(List<EpochView> epochs) {
        Autosave target = work.autosave();
        if (target == null) {
            return;
        }
        Session whole = work.session(epochs);
        jobs.alongside()
                .run(
                        () -> {
                            target.write(whole);
                            return target;
                        },
                        done -> {},
                        e -> status.say("Autosave failed (" + e.getMessage() + "); save the session by hand."));
    }
}
