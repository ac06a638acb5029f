package org.driftscope.training;

import java.util.Locale;
import org.bytedeco.javacpp.Pointer;

/**
 * Refuses a run whose embedding tables would not fit in ND4J's off-heap memory, before anything is
 * allocated, with a message that says what to change. A trained table costs four copies (weights,
 * gradients and Adam's two moments); a frozen one, one.
 */
final class MemoryGuard {
    /** Share of ND4J's memory limit a run may plan to use; the rest is for activations and workspaces. */
    private static final double SHARE = 0.6;

    private MemoryGuard() {}

    static long estimate(int vocabulary, int dimension, RunConfig config) {
        long table = (long) vocabulary * dimension * Float.BYTES;
        int copies = config.regime().trainsEmbedding() ? 4 : 1;
        if (config.regime().channels() == 2) {
            copies += 1;
        }
        long activations = (long) config.batchSize()
                * 64
                * dimension
                * Float.BYTES
                * config.regime().channels()
                * 8;
        return table * copies + activations;
    }

    static void check(int vocabulary, int dimension, RunConfig config) {
        check(vocabulary, dimension, config, Pointer.maxBytes());
    }

    static void check(int vocabulary, int dimension, RunConfig config, long limit) {
        long need = estimate(vocabulary, dimension, config);
        if (limit > 0 && need > limit * SHARE) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "the embedding of %,d words x %d dimensions needs about %.1f GB to train in the %s regime, more than"
                            + " the %.1f GB available; keep fewer words (a higher minimum count or a smaller"
                            + " vocabulary) or give Java more memory (-Xmx)",
                    vocabulary,
                    dimension,
                    need / 1e9,
                    config.regime().label(),
                    limit * SHARE / 1e9));
        }
    }
}
