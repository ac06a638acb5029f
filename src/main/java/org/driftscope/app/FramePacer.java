package org.driftscope.app;

/**
 * Paces an animation's frames to the rate the renderer keeps up with.
 *
 * <p>A JavaFX pulse that changes the scene first waits for the renderer to finish the previous frame,
 * and the FX thread can do nothing else meanwhile. With software rendering and the cores busy training,
 * a full plot takes the renderer 30-60 ms, so an animation that changes the canvas on every pulse (16.7
 * ms apart) keeps the FX thread waiting for most of its duration. The pacer skips pulses instead: it
 * learns how long a frame takes to render from how late the pulse after a frame runs (the wait shows up
 * as the gap between two pulses growing past the pulse period) and lets the next frame through only
 * after that long. When frames render within a pulse, as on a GPU, every pulse draws.
 *
 * <p>Times are {@link System#nanoTime()} values read when the pulse's animation callback runs.
 */
final class FramePacer {
    /** JavaFX's default pulse period. */
    static final long PULSE_NS = 1_000_000_000L / 60;
    /** The slowest pace it settles at: an animation still moves at five frames a second. */
    static final long MAX_INTERVAL_NS = 200_000_000L;

    private long interval;
    private long lastCall;
    private long lastFrame;
    private long frameGap;
    private boolean framedLast;
    private boolean started;

    /** Forgets the timing of the previous animation's pulses (but not the pace it learned). */
    void start() {
        started = false;
        framedLast = false;
    }

    /** Called on every pulse of the animation; true when this pulse should draw a frame. */
    boolean frame(long now) {
        if (framedLast) {
            long waited = now - lastCall - PULSE_NS;
            if (waited > PULSE_NS / 2) {
                // The frame before the last one took frameGap plus this wait to render.
                interval = Math.min(MAX_INTERVAL_NS, frameGap + waited);
            } else {
                interval = interval * 3 / 4;
            }
        }
        lastCall = now;
        framedLast = false;
        if (started && now - lastFrame < interval) {
            return false;
        }
        frameGap = started ? now - lastFrame : 0;
        lastFrame = now;
        started = true;
        framedLast = true;
        return true;
    }

    /** The least time it now leaves between two frames, in nanoseconds. */
    long interval() {
        return interval;
    }
}
