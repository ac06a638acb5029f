package org.driftscope.drift;

/**
 * One epoch's drift in a few numbers.
 *
 * @param meanMovable mean displacement of words that can move (seen in training, embedding tuned)
 * @param medianMovable median of the same
 * @param meanFixed mean displacement of words that cannot move (0 unless something is wrong)
 * @param medianFixed median of the same
 * @param changedShare share of all words whose k nearest neighbours differ from the frozen ones
 */
public record DriftSummary(
        double meanMovable, double medianMovable, double meanFixed, double medianFixed, double changedShare) {}
