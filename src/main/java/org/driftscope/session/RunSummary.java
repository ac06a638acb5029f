package org.driftscope.session;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.training.Provenance;
import org.driftscope.training.RunConfig;
import org.driftscope.training.TrackedWords;

/**
 * What stays the same for a whole run: its name, settings, classes and the words it follows.
 *
 * @param name the workspace's name
 * @param config the run's settings
 * @param labels class names, in index order
 * @param tracked the followed words and their frozen vectors
 * @param named indices into {@code tracked} of the words the user named (labelled in figures)
 * @param length tokens every sentence is padded or cut to
 * @param truncated training and validation sentences that were longer and were cut
 * @param provenance where the inputs came from and what the run ran on
 * @param projection how the layouts are drawn
 */
public record RunSummary(
        String name,
        RunConfig config,
        List<String> labels,
        TrackedWords tracked,
        Set<Integer> named,
        int length,
        int truncated,
        Provenance provenance,
        ProjectionMethod projection) {
    public RunSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(tracked, "tracked");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(projection, "projection");
        labels = List.copyOf(labels);
        named = Set.copyOf(named);
    }
}
