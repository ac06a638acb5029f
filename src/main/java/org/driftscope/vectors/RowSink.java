package org.driftscope.vectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects the rows a load keeps, whatever the format: drops unwanted words before their numbers are
 * parsed, keeps the first of duplicate words, and remembers case-insensitive candidates for wanted
 * words the file spells differently. Only kept words are remembered (they become the vectors' index),
 * so a filtered load of a file with millions of rows holds just the wanted words; a repeated unwanted
 * word is skipped either way and not counted as a duplicate.
 */
final class RowSink {
    private final Set<String> wanted;
    private final Map<String, String> wantedByLower;
    private final boolean ignoreCase;
    private WordIndex index = new WordIndex(16);
    private final Map<String, float[]> caseCandidates = new LinkedHashMap<>();
    private final Map<String, String> caseSpellings = new HashMap<>();
    private RowStore store;
    private int dimension;
    private long rowsRead;
    private long duplicates;
    private long declaredRows = -1;
    private boolean bom;
    /** Set for a streaming read: every row goes to it, in file order, and nothing is kept. */
    private final VectorReader.RowVisitor visitor;

    private float[] scratch;
    private boolean rawRows;

    RowSink(ReadOptions options) {
        this(options, null);
    }

    RowSink(ReadOptions options, VectorReader.RowVisitor visitor) {
        this.visitor = visitor;
        this.wanted = options.wanted();
        this.ignoreCase = options.ignoreCase() && wanted != null;
        this.wantedByLower = new HashMap<>();
        if (ignoreCase) {
            for (String w : wanted) {
                wantedByLower.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
            }
        }
    }

    void dimension(int d) {
        this.dimension = d;
        if (visitor != null) {
            this.scratch = new float[d];
        } else {
            this.store = new RowStore(d);
        }
    }

    /**
     * Sizes the word index for about this many rows when every row is kept, so it is not rehashed
     * as it grows (at 400,000 words a growing map's resizes had a sixth of a profile's samples of the load).
     */
    void expectRows(long rows) {
        if (wanted == null && visitor == null && index.size() == 0 && rows > 0) {
            index = new WordIndex((int) Math.min(1 << 28, rows));
            store.expect(rows);
        }
    }

    /** Ends any work the store does ahead of the reader (after the read, or when it failed). */
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** The row count a header declares, to compare with the rows found. */
    void declaredRows(long rows) {
        this.declaredRows = rows;
    }

    void bomDropped() {
        this.bom = true;
    }

    int dimension() {
        return dimension;
    }

    /** What to do with a row whose word has just been read. */
    enum Decision {
        KEEP,
        SKIP,
        /** A streaming read's text row passed on as bytes: count its numbers, then {@link #passed}. */
        PASS,
        CASE_CANDIDATE
    }

    Decision offer(String word) {
        rowsRead++;
        if (visitor != null) {
            // every row, duplicates too: a stream passes the file on as it is
            return rawRows && !visitor.wantsValues(word) ? Decision.PASS : Decision.KEEP;
        }
        if (index.contains(word)) {
            duplicates++;
            return Decision.SKIP;
        }
        if (wanted == null || wanted.contains(word)) {
            return Decision.KEEP;
        }
        if (ignoreCase) {
            String target = wantedByLower.get(word.toLowerCase(Locale.ROOT));
            if (target != null && !caseCandidates.containsKey(target)) {
                caseSpellings.put(target, word);
                return Decision.CASE_CANDIDATE;
            }
        }
        return Decision.SKIP;
    }

    /** For {@link Decision#KEEP}: the chunk to parse the row into, at {@link #offset()}. */
    float[] keep(String word) {
        if (visitor != null) {
            return scratch;
        }
        index.add(word);
        return store.append();
    }

    /** True when rows go to a visitor one by one, so each must be parsed before the next is offered. */
    boolean streaming() {
        return visitor != null;
    }

    int offset() {
        return visitor != null ? 0 : store.lastOffset();
    }

    /** After a kept row's numbers were parsed: a streaming read hands the row on. */
    void parsed(String word) {
        if (visitor != null) {
            try {
                visitor.row(word, scratch);
            } catch (java.io.IOException e) {
                // the visitor's own failure (a full disk, say), not the file's: carried past the reader
                throw new VectorReader.VisitorFailure(e);
            }
        }
    }

    /** Whether the format can pass rows on as bytes (text rows with the word first). */
    void rawRows(boolean on) {
        this.rawRows = on;
    }

    /** For {@link Decision#PASS}: the row's bytes, its numbers counted and right. */
    void passed(String word, byte[] line, int from, int to) {
        try {
            visitor.raw(word, line, from, to);
        } catch (java.io.IOException e) {
            throw new VectorReader.VisitorFailure(e);
        }
    }

    /** Undoes the last {@link #keep} (the row was bad). */
    void unkeep() {
        if (visitor != null) {
            return;
        }
        index.removeLast();
        store.dropLast();
    }

    void candidate(String wantedWord, float[] row) {
        caseCandidates.put(wantedWord, row);
    }

    String caseTarget(String fileWord) {
        return wantedByLower.get(fileWord.toLowerCase(Locale.ROOT));
    }

    WordVectors finish(
            java.nio.file.Path path, VectorFormat format, String fingerprint, WordDecoder decoder, String unit) {
        Map<String, String> matched = new LinkedHashMap<>();
        for (var e : caseCandidates.entrySet()) {
            if (!index.contains(e.getKey())) {
                float[] chunk = keep(e.getKey());
                System.arraycopy(e.getValue(), 0, chunk, offset(), dimension);
                matched.put(e.getKey(), caseSpellings.get(e.getKey()));
            }
        }
        VectorSource source = source(path, format, fingerprint, decoder, unit, matched);
        return WordVectors.chunked(index, store.chunks(), store.rowsPerChunk(), dimension, source);
    }

    /** What the read found; for a streaming read, everything there is to return. */
    VectorSource source(
            java.nio.file.Path path,
            VectorFormat format,
            String fingerprint,
            WordDecoder decoder,
            String unit,
            Map<String, String> matched) {
        List<String> missing = new ArrayList<>();
        if (wanted != null) {
            wanted.stream().filter(w -> !index.contains(w)).sorted().forEach(missing::add);
        }
        List<String> notices = new ArrayList<>();
        if (bom) {
            notices.add("the file starts with a UTF-8 byte order mark; it was ignored");
        }
        if (declaredRows >= 0 && declaredRows != rowsRead) {
            notices.add(String.format(
                    Locale.ROOT,
                    "the header says %,d rows but the file holds %,d; all %,d were read",
                    declaredRows,
                    rowsRead,
                    rowsRead));
        }
        return new VectorSource(
                path,
                format,
                fingerprint,
                rowsRead,
                visitor != null ? rowsRead : index.size(),
                duplicates,
                decoder.fallbacks(),
                decoder.example(unit),
                missing,
                matched,
                notices);
    }

    long rowsRead() {
        return rowsRead;
    }
}
