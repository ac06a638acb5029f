package org.driftscope.vectors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An immutable vocabulary with one dense float vector per word, stored row-major in one array so a
 * 100k x 300 table costs its bytes and no more. Safe to share between threads.
 */
public final class WordVectors {
    private final List<String> words;
    private final Map<String, Integer> index;
    private final float[] data;
    private final int dimension;
    private final VectorSource source;

    private WordVectors(List<String> words, float[] data, int dimension, VectorSource source) {
        this.words = words;
        this.data = data;
        this.dimension = dimension;
        this.source = source;
        this.index = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            if (index.putIfAbsent(words.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate word: " + words.get(i));
            }
        }
    }

    /**
     * @param words one word per row, no duplicates
     * @param data row-major values, {@code words.size() * dimension} of them; copied
     */
    public static WordVectors of(List<String> words, float[] data, int dimension, VectorSource source) {
        Objects.requireNonNull(source, "source");
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be positive, was " + dimension);
        }
        if ((long) words.size() * dimension != data.length) {
            throw new IllegalArgumentException(words.size() + " words x " + dimension + " dims needs "
                    + (long) words.size() * dimension + " values, got " + data.length);
        }
        return new WordVectors(List.copyOf(words), data.clone(), dimension, source);
    }

    /** Takes ownership of {@code data} without copying; for readers that built it themselves. */
    static WordVectors adopt(List<String> words, float[] data, int dimension, VectorSource source) {
        return new WordVectors(List.copyOf(words), data, dimension, source);
    }

    public int size() {
        return words.size();
    }

    public int dimension() {
        return dimension;
    }

    public List<String> words() {
        return words;
    }

    public String word(int row) {
        return words.get(row);
    }

    public OptionalInt indexOf(String word) {
        Integer i = index.get(word);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public boolean contains(String word) {
        return index.containsKey(word);
    }

    /** A copy of one row. */
    public float[] vector(int row) {
        float[] v = new float[dimension];
        copyRow(row, v, 0);
        return v;
    }

    public void copyRow(int row, float[] target, int offset) {
        System.arraycopy(data, Math.multiplyExact(row, dimension), target, offset, dimension);
    }

    public float get(int row, int column) {
        return data[row * dimension + column];
    }

    /** A copy of the whole row-major matrix. */
    public float[] matrix() {
        return data.clone();
    }

    public VectorSource source() {
        return source;
    }
}
