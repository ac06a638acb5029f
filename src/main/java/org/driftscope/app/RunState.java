package org.driftscope.app;

/** What the window is doing, which decides which commands are enabled. */
enum RunState {
    /** Nothing loaded, or loading failed. */
    EMPTY,
    LOADING,
    /** Loaded (or a session reopened) and waiting for the user. */
    IDLE,
    TRAINING,
    /** Training waits between batches until resumed. */
    PAUSED,
    /** Stop was asked; waiting for the batch in progress. */
    STOPPING,
    /** Drawing the epochs again with another projection. */
    RELAYOUT;

    /** A run is under way (training, paused or stopping). */
    boolean running() {
        return this == TRAINING || this == PAUSED || this == STOPPING;
    }

    /** Something long is in progress and a progress bar should show. */
    boolean busy() {
        return this == LOADING || running() || this == RELAYOUT;
    }
}
