package org.driftscope.drift;

/**
 * How far one word moved by an epoch.
 *
 * @param displacement cosine distance (1 - cosine) from its frozen vector
 * @param stepDisplacement cosine distance from its vector after the previous epoch
 * @param normChange L2 norm now minus L2 norm frozen
 * @param overlap share of its k nearest neighbours frozen that are among its k nearest now, in [0, 1] (1: unchanged)
 * @param stepOverlap share of its k nearest neighbours after the previous epoch that are among its k nearest now
 */
public record WordDrift(
        double displacement, double stepDisplacement, double normChange, double overlap, double stepOverlap) {}
