package org.driftscope.corpus;

import java.util.Objects;

/** Two words whose similarity the user wants to follow, such as alps/himalaya. */
public record WatchPair(String first, String second) {
    public WatchPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("a watch pair needs two different words, got " + first + " twice");
        }
    }

    /** Parses {@code a:b}. */
    public static WatchPair parse(String text) {
        String[] parts = text.strip().split(":");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("a watch pair is written word:word, got '" + text + "'");
        }
        return new WatchPair(parts[0].strip(), parts[1].strip());
    }

    @Override
    public String toString() {
        return first + ":" + second;
    }
}
