package org.driftscope.session;

import java.util.List;
import java.util.Objects;

/**
 * A whole run as it can be saved and reopened: what stays fixed, and every epoch's view.
 *
 * @param run the run's fixed part
 * @param epochs every epoch's view, epoch 0 first
 */
public record Session(RunSummary run, List<EpochView> epochs) {
    public Session {
        Objects.requireNonNull(run, "run");
        epochs = List.copyOf(epochs);
        if (epochs.isEmpty()) {
            throw new IllegalArgumentException("a session holds at least epoch 0");
        }
    }

    public EpochView epoch(int epoch) {
        return epochs.stream()
                .filter(e -> e.epoch() == epoch)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the session has no epoch " + epoch + "; it has 0 to "
                        + epochs.get(epochs.size() - 1).epoch()));
    }

    public EpochView last() {
        return epochs.get(epochs.size() - 1);
    }
}
