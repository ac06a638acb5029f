package org.driftscope.vectors;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;
import org.driftscope.io.InputFileException;
import org.driftscope.work.Workers;

/**
 * The numbers of kept text rows, parsed on the background pool while the reading thread goes on with
 * the lines after them: rows are gathered in blocks of about a megabyte, each block parsed by one task
 * straight into the rows' places in the store. Errors stay in file order: a block reports its first
 * bad row, and the reader reports the earliest of all (its own included) once the blocks before it are
 * done. At most a few blocks wait at a time, so memory stays bounded whatever the file's size.
 */
final class ParallelRows {
    private static final int BLOCK_BYTES = 1 << 20;
    private static final int MAX_PENDING = 6;

    private final Path file;
    private final ArrayDeque<ForkJoinTask<InputFileException>> pending = new ArrayDeque<>();
    /** The blocks of the pending tasks, in the same order; reused once parsed. */
    private final ArrayDeque<Block> inFlight = new ArrayDeque<>();
    /**
     * Parsed blocks to fill again. A fresh megabyte array per block would be a humongous allocation
     * for G1 at the heap sizes a load starts with, collected only by its old-generation cycles: the
     * process then held 1.4 GB at the peak of a 1 GB file instead of 0.8.
     */
    private final ArrayDeque<Block> free = new ArrayDeque<>();

    private Block block;

    ParallelRows(Path file) {
        this.file = file;
    }

    /** A row whose numbers, {@code b[from, to)}, go to {@code target[offset...]}. */
    void add(
            byte[] b,
            int from,
            int to,
            String word,
            float[] target,
            int offset,
            int dimension,
            String dimensionSource,
            long line)
            throws InputFileException {
        if (block == null) {
            block = free.isEmpty() ? new Block(file, dimension, dimensionSource) : free.poll();
        }
        block.add(b, from, to, word, target, offset, line);
        if (block.bytes >= BLOCK_BYTES) {
            submit();
        }
    }

    /**
     * Waits for every row handed over; throws the first bad one's error. Called at the end of the file
     * and, with {@code later} the reader's own error, when the reader stops: a bad row before it wins.
     */
    void finish(InputFileException later) throws InputFileException {
        if (block != null) {
            submit();
        }
        InputFileException first = null;
        while (!pending.isEmpty()) {
            InputFileException e = next();
            if (first == null) {
                first = e;
            }
        }
        if (first != null) {
            throw first;
        }
        if (later != null) {
            throw later;
        }
    }

    private void submit() throws InputFileException {
        Block full = block;
        block = null;
        pending.add(Workers.submit(full::parse));
        inFlight.add(full);
        while (pending.size() > MAX_PENDING) {
            InputFileException e = next();
            if (e != null) {
                // the earliest block still waiting: every row before it parsed, and the reader's own
                // checks found nothing wrong up to here, so this is the file's first error; the later
                // blocks are let finish (they write into the store) and their errors dropped
                while (!pending.isEmpty()) {
                    next();
                }
                throw e;
            }
        }
    }

    /** Waits for the oldest pending block and keeps it for reuse; returns its first bad row's error, or null. */
    private InputFileException next() {
        InputFileException e = pending.poll().join();
        Block done = inFlight.poll();
        done.rows = 0;
        done.bytes = 0;
        free.add(done);
        return e;
    }

    /** Rows gathered for one task: their number bytes back to back, and where each row's values go. */
    private static final class Block {
        private final Path file;
        private final int dimension;
        private final String dimensionSource;
        private byte[] data = new byte[BLOCK_BYTES + (BLOCK_BYTES >> 2)];
        private int bytes;
        private int rows;
        private int[] ends = new int[1024];
        private String[] words = new String[1024];
        private float[][] targets = new float[1024][];
        private int[] offsets = new int[1024];
        private long[] lines = new long[1024];

        Block(Path file, int dimension, String dimensionSource) {
            this.file = file;
            this.dimension = dimension;
            this.dimensionSource = dimensionSource;
        }

        void add(byte[] b, int from, int to, String word, float[] target, int offset, long line) {
            int length = to - from;
            if (bytes + length > data.length) {
                data = Arrays.copyOf(data, Math.max(2 * data.length, bytes + length));
            }
            if (rows == ends.length) {
                int grown = 2 * rows;
                ends = Arrays.copyOf(ends, grown);
                words = Arrays.copyOf(words, grown);
                targets = Arrays.copyOf(targets, grown);
                offsets = Arrays.copyOf(offsets, grown);
                lines = Arrays.copyOf(lines, grown);
            }
            System.arraycopy(b, from, data, bytes, length);
            bytes += length;
            ends[rows] = bytes;
            words[rows] = word;
            targets[rows] = target;
            offsets[rows] = offset;
            lines[rows] = line;
            rows++;
        }

        /** Parses every row; returns the first bad row's error, or null. */
        InputFileException parse() {
            int start = 0;
            for (int r = 0; r < rows; r++) {
                try {
                    TextRows.parse(
                            file,
                            lines[r],
                            data,
                            start,
                            ends[r],
                            words[r],
                            targets[r],
                            offsets[r],
                            dimension,
                            dimensionSource);
                } catch (InputFileException e) {
                    return e;
                }
                start = ends[r];
            }
            return null;
        }
    }
}
