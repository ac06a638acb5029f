package org.driftscope.vectors;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An immutable vocabulary with one dense float vector per word. Rows are stored in chunks of equal
 * row count, so a large table costs about its bytes and a reader never has to copy it whole. Safe to
 * share between threads.
 */
public final class WordVectors {
    private final List<String> words;
    private final WordIndex index;
    private final float[][] chunks;
    private final int rowsPerChunk;
    private final int dimension;
    private final VectorSource source;

    private WordVectors(
            List<String> words,
            WordIndex index,
            float[][] chunks,
            int rowsPerChunk,
            int dimension,
            VectorSource source) {
        this.words = words;
        this.index = index;
        this.chunks = chunks;
        this.rowsPerChunk = rowsPerChunk;
        this.dimension = dimension;
        this.source = source;
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
        List<String> copy = List.copyOf(words);
        return new WordVectors(
                copy, WordIndex.of(copy), new float[][] {data.clone()}, Math.max(1, words.size()), dimension, source);
    }

    /**
     * Takes ownership of the index and chunks without copying; for readers that built them. Row i of
     * the chunks is the index's word i.
     */
    static WordVectors chunked(
            WordIndex index, float[][] chunks, int rowsPerChunk, int dimension, VectorSource source) {
        return new WordVectors(index.words(), index, chunks, rowsPerChunk, dimension, source);
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
        int i = index.row(word);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public boolean contains(String word) {
        return index.contains(word);
    }

    /** A copy of one row. */
    public float[] vector(int row) {
        float[] v = new float[dimension];
        copyRow(row, v, 0);
        return v;
    }

    public void copyRow(int row, float[] target, int offset) {
        Objects.checkIndex(row, words.size());
        System.arraycopy(chunks[row / rowsPerChunk], (row % rowsPerChunk) * dimension, target, offset, dimension);
    }

    public float get(int row, int column) {
        Objects.checkIndex(row, words.size());
        Objects.checkIndex(column, dimension);
        return chunks[row / rowsPerChunk][(row % rowsPerChunk) * dimension + column];
    }

    /** A copy of the whole table as one row-major array. */
    public float[] matrix() {
        float[] out = new float[Math.multiplyExact(words.size(), dimension)];
        for (int i = 0; i < words.size(); i++) {
            copyRow(i, out, i * dimension);
        }
        return out;
    }

    public VectorSource source() {
        return source;
    }
}
