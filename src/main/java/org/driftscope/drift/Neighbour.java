package org.driftscope.drift;

/** A neighbouring word and its cosine similarity. */
public record Neighbour(String word, double similarity) {}
