package org.driftscope.app;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the window tells the user about its work: what it is doing, the status line, the progress bar
 * and the latest error. The view models write it; the view binds to it (FX thread only).
 */
final class WindowStatus {
    final ObjectProperty<RunState> state = new SimpleObjectProperty<>(RunState.EMPTY);
    final StringProperty status = new SimpleStringProperty("Open a sample or your own files to begin.");
    /** 0-1, -1 for work of unknown length, 0 when nothing runs. */
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    /** The latest error to show; the view clears it once shown. */
    final ObjectProperty<ErrorReport> error = new SimpleObjectProperty<>();

    /** Long work begins: the state, its line in the status bar and a progress bar. */
    void begin(RunState busy, String what, double share) {
        state.set(busy);
        status.set(what);
        progress.set(share);
    }

    /**
     * Long work ends. The state is set last: whoever waits for it (a test, the Train button) then sees
     * the status line that goes with it.
     */
    void end(RunState now, String what) {
        progress.set(0);
        status.set(what);
        state.set(now);
    }

    /** Long work failed: back to {@code now}, the status says what failed, and the error says why. */
    void failed(RunState now, String what, Exception e) {
        end(now, what + ".");
        error.set(ErrorReport.of(what, e));
    }

    void say(String what) {
        status.set(what);
    }
}
