package org.driftscope.app;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.driftscope.run.Autosave;
import org.driftscope.run.Workspace;
import org.driftscope.session.EpochView;
import org.driftscope.session.RunSummary;
import org.driftscope.session.Session;
import org.driftscope.training.TunedTable;

/**
 * What the window has open beside the epochs on screen: the loaded files (what Train trains on), the
 * run's whole embedding tables, where it autosaves, and whether the user has saved it (FX thread only).
 */
final class OpenWork {
    private final ExploreModel explore;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private Workspace workspace;
    /** The run's table before training (epoch 0) and its latest, or null; and the run they belong to. */
    private TunedTable frozenTable;

    private TunedTable table;
    private RunSummary tableRun;
    private Autosave autosave;
    /** A run trained since the last load or save; replacing it asks first. */
    private boolean unsaved;

    OpenWork(ExploreModel explore) {
        this.explore = explore;
    }

    /** Files were opened: a new workspace, nothing trained on it yet. */
    void opened(Workspace ws) {
        workspace(ws);
        autosave = null;
        unsaved = false;
        tables(null, null, null);
    }

    /** A saved session was reopened: its tables, no files until they are loaded again. */
    void reopened(Session session) {
        workspace(null);
        autosave = null;
        unsaved = false;
        tables(session.run(), session.frozenTable(), session.table());
    }

    void workspace(Workspace ws) {
        workspace = ws;
        loaded.set(ws != null);
    }

    Workspace workspace() {
        return workspace;
    }

    /** True while files are loaded that Train can run on. */
    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** A run starts: it autosaves to {@code target}, and the last run's tables no longer apply. */
    void runStarts(Autosave target) {
        autosave = target;
        tables(null, null, null);
    }

    /** An epoch's table came in; the first (epoch 0) is also the frozen one. */
    void table(RunSummary run, TunedTable t) {
        tables(run, t.epoch() == 0 ? t : frozenTable, t);
    }

    void trained() {
        unsaved = true;
    }

    void saved() {
        unsaved = false;
    }

    boolean unsaved() {
        return unsaved;
    }

    Autosave autosave() {
        return autosave;
    }

    /**
     * The session of these epochs: with the whole tables when they belong to the same run and the
     * latest table is the last epoch's, without them otherwise.
     */
    Session session(List<EpochView> epochs) {
        EpochView last = epochs.get(epochs.size() - 1);
        boolean same =
                table != null && table.epoch() == last.epoch() && epochs.get(0).run() == tableRun;
        return new Session(
                epochs.get(0).run(),
                epochs,
                same && frozenTable != null && frozenTable.words().equals(table.words()) ? frozenTable : null,
                same ? table : null);
    }

    private void tables(RunSummary run, TunedTable frozen, TunedTable last) {
        tableRun = run;
        frozenTable = frozen;
        table = last;
        explore.tables(frozen, last);
    }
}
