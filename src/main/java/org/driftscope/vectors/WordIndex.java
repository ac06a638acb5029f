package org.driftscope.vectors;

import java.util.Arrays;
import java.util.List;

/**
 * Word to row, for the hundreds of thousands of words a load keeps: open addressing with linear
 * probing over one {@code long[]} whose slots hold a word's hash beside its row, so a lookup that
 * misses (every new word of a load) touches one slot and no String, and a kept word costs no map node
 * and no boxed row: 19-20 MB less peak memory than a {@code HashMap<String, Integer>} on a 400,000-word
 * load, at the same speed (docs/decisions/0005). Rows are added in order 0, 1, 2, ...;
 * only the last one can be removed again. Not thread-safe while it grows; share it only once built
 * (through a final field).
 */
final class WordIndex {
    /** Slot layout: the hash's 32 bits above, row + 1 below; 0 is an empty slot. */
    private long[] slots;

    private String[] words;
    private int size;
    private int mask;

    WordIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1; // at most half full
        slots = new long[capacity];
        mask = capacity - 1;
        words = new String[Math.max(8, expected)];
    }

    /** An index of these words, row i for word i; throws on a duplicate. */
    static WordIndex of(List<String> words) {
        WordIndex index = new WordIndex(words.size());
        for (String w : words) {
            if (index.row(w) >= 0) {
                throw new IllegalArgumentException("duplicate word: " + w);
            }
            index.add(w);
        }
        return index;
    }

    int size() {
        return size;
    }

    /** The word's row, or -1. */
    int row(String word) {
        int hash = spread(word.hashCode());
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash) {
                int row = (int) slot - 1;
                if (words[row].equals(word)) {
                    return row;
                }
            }
        }
    }

    boolean contains(String word) {
        return row(word) >= 0;
    }

    /** Adds a word not yet in the index as the next row, and returns that row. */
    int add(String word) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int row = size++;
        words[row] = word;
        place(spread(word.hashCode()), row);
        return row;
    }

    /**
     * Removes the last added word (a row that turned out to be bad). The slots always hold what adding
     * rows 0, 1, 2, ... in order to an empty table gives (growing re-adds them in that order), so the
     * last word sits where it was added, at the end of its probe run, and clearing its slot gives the
     * table as it was before it came.
     */
    void removeLast() {
        int row = size - 1;
        int i = spread(words[row].hashCode()) & mask;
        while ((int) slots[i] - 1 != row) {
            i = (i + 1) & mask;
        }
        slots[i] = 0;
        words[row] = null;
        size--;
    }

    /** The words by row, as an immutable list. */
    List<String> words() {
        return List.of(Arrays.copyOf(words, size));
    }

    private void place(int hash, int row) {
        int i = hash & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = ((long) hash << 32) | (row + 1L);
    }

    private void grow() {
        slots = new long[slots.length * 2];
        mask = slots.length - 1;
        for (int row = 0; row < size; row++) {
            place(spread(words[row].hashCode()), row);
        }
    }

    /** String hashes of similar words differ in their low bits only a little; mix them. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
