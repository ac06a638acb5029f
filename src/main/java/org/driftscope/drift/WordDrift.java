package org.driftscope.drift;

/**
 * How far one word moved by an epoch.
 *
 * @param displacement cosine distance (1 - cosine) from its frozen vector
 * @param stepDisplacement cosine distance from its vector after the previous epoch
 * @param normChange L2 norm now minus L2 norm frozen
 * @param overlap Jaccard of its k nearest neighbours now and frozen, in [0, 1] (1: unchanged)
 * @param stepOverlap Jaccard of its k nearest neighbours now and after the previous epoch
 */
public record WordDrift(
        double displacement, double stepDisplacement, double normChange, double overlap, double stepOverlap) {}
