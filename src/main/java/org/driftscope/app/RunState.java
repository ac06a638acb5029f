package org.driftscope.app;

/** What the window is doing, which decides which commands are enabled. */
enum RunState {
    /** Nothing loaded, or loading failed. */
    EMPTY,
    LOADING,
    /** Loaded and ready to train. */
    IDLE,
    TRAINING,
    /** Stop was asked; waiting for the batch in progress. */
    STOPPING
}
