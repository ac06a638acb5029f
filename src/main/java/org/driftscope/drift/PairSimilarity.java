package org.driftscope.drift;

/**
 * A watched pair's cosine similarity, frozen and now.
 *
 * @param first a word
 * @param second another word
 * @param frozen similarity of the pretrained vectors
 * @param now similarity after this epoch
 */
public record PairSimilarity(String first, String second, double frozen, double now) {}
