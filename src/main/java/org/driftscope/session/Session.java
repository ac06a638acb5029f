package org.driftscope.session;

import java.util.List;
import java.util.Objects;
import org.driftscope.training.TunedTable;

/**
 * A whole run as it can be saved and reopened: what stays fixed, and every epoch's view.
 *
 * @param run the run's fixed part
 * @param epochs every epoch's view, epoch 0 first
 * @param frozenTable the whole embedding table before training (epoch 0), or {@code null}: what an
 *     undrawn word's neighbours before training and its place in the frozen panel are found in
 * @param table the whole embedding table after the last epoch, or {@code null} (sessions saved before
 *     it was kept, or a run stopped before it reached a table)
 */
public record Session(RunSummary run, List<EpochView> epochs, TunedTable frozenTable, TunedTable table) {
    public Session {
        Objects.requireNonNull(run, "run");
        epochs = List.copyOf(epochs);
        if (epochs.isEmpty()) {
            throw new IllegalArgumentException("a session holds at least epoch 0");
        }
        if (table != null && table.epoch() != epochs.get(epochs.size() - 1).epoch()) {
            throw new IllegalArgumentException("the table is from epoch " + table.epoch() + ", the last epoch is "
                    + epochs.get(epochs.size() - 1).epoch());
        }
        if (frozenTable != null
                && (table == null
                        || frozenTable.epoch() != 0
                        || !frozenTable.words().equals(table.words())
                        || frozenTable.dimension() != table.dimension())) {
            throw new IllegalArgumentException(
                    "the frozen table must be epoch 0's, with the last table's words and dimension");
        }
    }

    /** A session without the whole table: it exports the drawn words' vectors only. */
    public Session(RunSummary run, List<EpochView> epochs) {
        this(run, epochs, null, null);
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
