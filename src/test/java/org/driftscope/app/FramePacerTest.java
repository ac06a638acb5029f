package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The transition's frame pacing, fed pulse times as a fast and a slow renderer would produce them. */
class FramePacerTest {
    private static final long MS = 1_000_000L;
    private static final long PULSE = FramePacer.PULSE_NS;

    private final FramePacer pacer = new FramePacer();

    @Test
    void everyPulseDrawsWhenFramesRenderWithinAPulse() {
        pacer.start();
        long t = 0;
        for (int i = 0; i < 30; i++) {
            assertThat(pacer.frame(t)).as("pulse %d", i).isTrue();
            t += PULSE;
        }
        assertThat(pacer.interval()).isZero();
    }

    @Test
    void framesAreSpacedByTheRenderTimeOnceAPulseWaitsForTheRenderer() {
        // A renderer that takes 50 ms a frame: a pulse that draws while the previous frame is still
        // rendering waits for it, which delays the next pulse by the wait.
        long render = 50 * MS;
        long t = 0;
        long renderDone = 0;
        int frames = 0;
        long lastFrameAt = Long.MIN_VALUE;
        long shortestGapLate = Long.MAX_VALUE;
        long longestWait = 0;
        pacer.start();
        for (int pulse = 0; pulse < 60; pulse++) {
            boolean draw = pacer.frame(t);
            long next = t + PULSE;
            if (draw) {
                long wait = Math.max(0, renderDone - t);
                renderDone = t + wait + render;
                next += wait;
                if (pulse >= 20) {
                    longestWait = Math.max(longestWait, wait);
                    shortestGapLate = Math.min(shortestGapLate, t - lastFrameAt);
                }
                lastFrameAt = t;
                frames++;
            }
            t = next;
        }
        assertThat(frames).isGreaterThan(10);
        assertThat(shortestGapLate).as("frames after it settled").isGreaterThanOrEqualTo(render - PULSE);
        // Drawing every pulse would wait 50 - 16.7 ms each time; probing for a faster pace costs at
        // most one pulse's wait now and then.
        assertThat(longestWait)
                .as("a pulse's wait for the renderer once settled")
                .isLessThanOrEqualTo(PULSE + MS);
    }

    @Test
    void drawsEveryPulseAgainAfterTheRendererCatchesUp() {
        pacer.start();
        assertThat(pacer.frame(0)).isTrue();
        assertThat(pacer.frame(PULSE + 60 * MS))
                .as("the pulse after a slow frame")
                .isTrue();
        assertThat(pacer.interval()).isGreaterThan(50 * MS);

        long t = PULSE + 60 * MS;
        int drawnInLastSecond = 0;
        for (int i = 0; i < 120; i++) {
            t += PULSE;
            boolean draw = pacer.frame(t);
            if (i >= 60 && draw) {
                drawnInLastSecond++;
            }
        }
        assertThat(drawnInLastSecond).isEqualTo(60);
    }

    @Test
    void paceNeverFallsBelowFiveFramesASecond() {
        pacer.start();
        pacer.frame(0);
        pacer.frame(PULSE + 2_000 * MS);

        assertThat(pacer.interval()).isEqualTo(FramePacer.MAX_INTERVAL_NS);
    }
}
