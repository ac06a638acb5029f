package org.driftscope.projection;

import java.util.Arrays;
import org.driftscope.drift.Neighbours;

/**
 * Screen neighbourhoods put back as they were for the words whose neighbourhood in vector space did not
 * change (docs/decisions/0016). Such a word's {@value Fidelity#K} nearest on screen in the frozen layout
 * must stay within a radius a quarter of the way from its 10th to its 11th nearest there, and every other
 * word beyond three quarters of the way: then no word enters or leaves a neighbourhood on screen that
 * nothing entered or left in vector space. Without this the warm t-SNE let free words drift through the
 * neighbourhoods of words that stayed exactly in place (on the mountains sample the 67 words whose 10
 * nearest did not change had a fifth of their 10 nearest on screen replaced).
 *
 * <p>Applied after an epoch's layout is made, by projection: each broken pair is moved apart or together
 * along its line just enough to hold, the free ends only (half each when both are free), in up to
 * {@value #SWEEPS} sweeps, and free words that came to the same spot are set a little apart
 * ({@link #SEPARATION}). Inside the optimisation, after every gradient step, it held the
 * neighbourhoods no better and lost more of the change in pair distances (measured, decision 0016). A
 * member that lost more than half of its own neighbours in vector space (it took on another meaning)
 * may leave, unless it is still among the kept word's nearest in vector space. Up to {@value #UP_TO}
 * words.
 *
 * @param words the words whose neighbourhoods are kept
 * @param inner per kept word, the distance its members must stay within
 * @param outer per kept word, the distance every other word must stay beyond
 * @param members per kept word, its {@value Fidelity#K} nearest on screen in the frozen layout, sorted
 * @param vector per kept word, its {@value Fidelity#K} nearest in vector space, sorted
 * @param gone per word, whether it lost more than half of its nearest in vector space
 * @param quiet per word, whether it moved no more than the median word and is not {@code gone}
 * @param box the frozen layout's bounding box ({@link Settling#box}), which the free words stay inside
 * @param frozen the frozen layout's coordinates
 * @param separation how far apart free words stay (unless they were closer in the frozen layout)
 */
record KeptNeighbourhoods(
        int[] words,
        double[] inner,
        double[] outer,
        int[][] members,
        int[][] vector,
        boolean[] gone,
        boolean[] quiet,
        double[] box,
        double[] frozen,
        double separation) {
    private static final int K = Fidelity.K;
    /**
     * Sweeps at most per round. What is still broken after the last round stays so: on the bench's runs
     * nothing in 27 of their 40 epochs, at most 15 of the 330 screen neighbours of the 33 kept words in
     * one epoch of mountains at 1e-2.
     */
    static final int SWEEPS = 30;
    /**
     * Above this many words the neighbourhoods are left as the layout made them. On the 10,000 benchmark
     * points (where a cold t-SNE keeps only 0.13 of the 10 nearest) holding the frozen layout's screen
     * neighbourhoods cost 10-NN preservation (0.102 -> 0.070), and at 9,163 GloVe words and these 10,000
     * points the warm epoch took 3.0-4.4 s instead of 1.5-2.2 s (docs/BENCHMARKS.md), past issue 23's 3 s.
     */
    static final int UP_TO = Fidelity.ALL_PAIRS_UP_TO;
    /** Rounds of putting trapped words back at their frozen places. */
    static final int ROUNDS = 3;
    /** Other words looked at per kept word and sweep: its nearest on screen at the sweep's start. */
    private static final int CANDIDATES = 2 * K;
    /**
     * Free words stay this far apart, as a share of the frozen extent: where a word must stay near one
     * word and away from another (or inside the frame), the projection carries every such word onto the
     * same corner of what it is allowed, and words on one point hide each other's labels.
     */
    static final double SEPARATION = 0.005;
    /** A distance this close to its bound, relatively, holds (the projection lands on it up to rounding). */
    private static final double TOLERANCE = 1e-9;

    /**
     * @param frozen the frozen layout
     * @param before each word's nearest in the frozen vectors
     * @param now each word's nearest in the tuned vectors
     * @param displacement each word's cosine displacement, frozen -> tuned
     * @return the neighbourhoods of every word that kept all of them, or null when there is none, the
     *     layout is too small to have an 11th nearest or larger than {@value #UP_TO} words
     */
    static KeptNeighbourhoods of(Layout frozen, Neighbours before, Neighbours now, double[] displacement) {
        int n = frozen.size();
        if (n <= K + 1 || n > UP_TO) {
            return null;
        }
        int[] shared = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            shared[i] = Neighbours.shared(before.of(i), now.of(i));
            count += shared[i] == K ? 1 : 0;
        }
        if (count == 0) {
            return null;
        }
        double[] xy = frozen.xy();
        Neighbours screen = PlaneNeighbours.of(xy, K + 1);
        int[] words = new int[count];
        double[] inner = new double[count];
        double[] outer = new double[count];
        int[][] members = new int[count][];
        int[][] vector = new int[count][];
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (shared[i] != K) {
                continue;
            }
            int[] near = screen.of(i);
            double tenth = distance(xy, i, near[K - 1]);
            double eleventh = distance(xy, i, near[K]);
            words[w] = i;
            inner[w] = tenth + (eleventh - tenth) / 4;
            outer[w] = eleventh - (eleventh - tenth) / 4;
            int[] m = Arrays.copyOf(near, K);
            Arrays.sort(m);
            members[w] = m;
            int[] v = before.of(i).clone();
            Arrays.sort(v);
            vector[w++] = v;
        }
        boolean[] gone = new boolean[n];
        boolean[] quiet = new boolean[n];
        double median = Fidelity.percentile(displacement.clone(), 0.5);
        for (int i = 0; i < n; i++) {
            gone[i] = 2 * shared[i] < K;
            quiet[i] = !gone[i] && displacement[i] <= median + Fidelity.ROUNDING;
        }
        return new KeptNeighbourhoods(
                words,
                inner,
                outer,
                members,
                vector,
                gone,
                quiet,
                Settling.box(frozen),
                xy,
                SEPARATION * frozen.extent());
    }

    /**
     * Puts the kept neighbourhoods back in {@code y}, moving only points not {@code pinned}, and keeps
     * those inside the frozen frame. Sweeps can leave a word trapped: held inside one neighbourhood and
     * out of another, it cannot cross to where it belongs. Such words, if {@code quiet}, go back to
     * their frozen places, where they were inside and outside the right neighbourhoods, and the sweeps
     * run again, up to {@value #ROUNDS} times.
     */
    void repair(double[] y, boolean[] pinned) {
        for (int round = 0; round <= ROUNDS; round++) {
            sweep(y, pinned);
            if (release(y, pinned, round < ROUNDS) == 0) {
                return;
            }
        }
    }

    /**
     * Counts the kept neighbourhoods that are {@link #broken} in {@code y} and, if {@code reset}, puts the
     * words involved (its intruders, its members that left) back at their frozen places if they are free
     * and {@code quiet}. The kept word itself never is: kept and quiet, it is pinned.
     */
    private int release(double[] y, boolean[] pinned, boolean reset) {
        Neighbours now = PlaneNeighbours.of(y, K);
        int broken = 0;
        for (int w = 0; w < words.length; w++) {
            int[] has = now.of(words[w]).clone();
            Arrays.sort(has);
            if (!broken(w, has)) {
                continue;
            }
            broken++;
            if (reset) {
                for (int j : has) {
                    if (Arrays.binarySearch(members[w], j) < 0) {
                        backToFrozen(y, pinned, j);
                    }
                }
                for (int j : members[w]) {
                    if (Arrays.binarySearch(has, j) < 0) {
                        backToFrozen(y, pinned, j);
                    }
                }
            }
        }
        return broken;
    }

    /**
     * Whether kept word w's neighbourhood {@code has} (sorted) breaks the rule: a member left that had to
     * stay, or more words came in than left by leave (members that moved elsewhere, {@link #free}).
     */
    private boolean broken(int w, int[] has) {
        int cameIn = 0;
        for (int j : has) {
            cameIn += Arrays.binarySearch(members[w], j) < 0 ? 1 : 0;
        }
        int mayLeave = 0;
        for (int j : members[w]) {
            if (Arrays.binarySearch(has, j) < 0) {
                if (!free(w, j)) {
                    return true;
                }
                mayLeave++;
            }
        }
        return cameIn > mayLeave;
    }

    /** Whether member j may leave kept word w's neighbourhood: it moved elsewhere and is not w's in vector space. */
    private boolean free(int w, int j) {
        return gone[j] && Arrays.binarySearch(vector[w], j) < 0;
    }

    private void backToFrozen(double[] y, boolean[] pinned, int i) {
        if (!pinned[i] && quiet[i]) {
            y[2 * i] = frozen[2 * i];
            y[2 * i + 1] = frozen[2 * i + 1];
        }
    }

    /**
     * Sweeps until nothing moves, at most {@link #SWEEPS} times (where two holds pull a word different
     * ways, it moves in every sweep: on the bench's runs every round takes all of them).
     */
    private void sweep(double[] y, boolean[] pinned) {
        int n = y.length / 2;
        int candidates = Math.min(n - 1, CANDIDATES);
        int sweep = 0;
        boolean moved = true;
        while (moved && sweep < SWEEPS) {
            sweep++;
            moved = false;
            Neighbours near = PlaneNeighbours.of(y, candidates);
            for (int w = 0; w < words.length; w++) {
                int i = words[w];
                for (int j : members[w]) {
                    if (!free(w, j)) {
                        moved |= hold(y, pinned, i, j, true, inner[w]);
                    }
                }
                for (int j : near.of(i)) {
                    if (Arrays.binarySearch(members[w], j) < 0) {
                        moved |= hold(y, pinned, i, j, false, outer[w]);
                    }
                }
            }
            for (int p = 0; p < n; p++) {
                int q = near.of(p)[0];
                moved |= hold(y, pinned, p, q, false, Math.min(separation, distance(frozen, p, q)));
            }
            Settling.inside(y, box, pinned);
        }
    }

    /**
     * Moves i and j along their line so that j is within {@code bound} of i (a member) or beyond it (any
     * other word); the free ends move, half each when both are free.
     *
     * @return whether anything moved
     */
    private static boolean hold(double[] y, boolean[] pinned, int i, int j, boolean member, double bound) {
        if (pinned[i] && pinned[j]) {
            return false;
        }
        double dx = y[2 * j] - y[2 * i];
        double dy = y[2 * j + 1] - y[2 * i + 1];
        double dist = Math.sqrt(dx * dx + dy * dy);
        boolean holds = member ? dist <= bound * (1 + TOLERANCE) : dist >= bound * (1 - TOLERANCE);
        if (holds) {
            return false;
        }
        // along the line from i to j (any line when they coincide); positive pushes them apart
        double ux = dist > 0 ? dx / dist : 1;
        double uy = dist > 0 ? dy / dist : 0;
        double move = bound - dist;
        double shareJ = pinned[i] ? 1 : pinned[j] ? 0 : 0.5;
        double shareI = 1 - shareJ;
        y[2 * j] += shareJ * move * ux;
        y[2 * j + 1] += shareJ * move * uy;
        y[2 * i] -= shareI * move * ux;
        y[2 * i + 1] -= shareI * move * uy;
        return true;
    }

    private static double distance(double[] xy, int i, int j) {
        double dx = xy[2 * i] - xy[2 * j];
        double dy = xy[2 * i + 1] - xy[2 * j + 1];
        return Math.sqrt(dx * dx + dy * dy);
    }
}
