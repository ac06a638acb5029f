package org.driftscope.drift;

import java.util.Arrays;
import org.driftscope.nd4j.Nd4jSetup;
import org.driftscope.work.Workers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Each row's k nearest other rows by cosine similarity, found with ND4J's (BLAS) matrix multiply in
 * blocks of rows, so memory stays bounded: a block of 1,024 rows against 10,000 costs 40 MB.
 *
 * @param k neighbours per row
 * @param indices row-major {@code n x k}, nearest first
 * @param similarities row-major {@code n x k}, matching {@code indices}
 */
public record Neighbours(int k, int[] indices, float[] similarities) {
    static {
        Nd4jSetup.configure();
    }

    private static final int BLOCK = 1024;

    public Neighbours {
        indices = indices.clone();
        similarities = similarities.clone();
        if (indices.length != similarities.length || k < 1 || indices.length % k != 0) {
            throw new IllegalArgumentException("indices and similarities must be n x k");
        }
    }

    public int size() {
        return indices.length / k;
    }

    public int neighbour(int row, int rank) {
        return indices[row * k + rank];
    }

    public float similarity(int row, int rank) {
        return similarities[row * k + rank];
    }

    /** How many indices two neighbour lists share. */
    public static int shared(int[] a, int[] b) {
        int common = 0;
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    common++;
                    break;
                }
            }
        }
        return common;
    }

    /** Every row's first {@code fewer} neighbours: what a search for that many finds, ties included. */
    public Neighbours nearest(int fewer) {
        if (fewer < 1 || fewer > k) {
            throw new IllegalArgumentException("fewer must be in [1, " + k + "], was " + fewer);
        }
        int n = size();
        int[] idx = new int[n * fewer];
        float[] sims = new float[n * fewer];
        for (int i = 0; i < n; i++) {
            System.arraycopy(indices, i * k, idx, i * fewer, fewer);
            System.arraycopy(similarities, i * k, sims, i * fewer, fewer);
        }
        return new Neighbours(fewer, idx, sims);
    }

    /** Row {@code row}'s neighbours, nearest first. */
    public int[] of(int row) {
        return Arrays.copyOfRange(indices, row * k, (row + 1) * k);
    }

    /**
     * @param data row-major vectors, {@code n * d}
     * @param k neighbours per row; at most n - 1
     */
    public static Neighbours of(float[] data, int d, int k) {
        return search(data, d, k, true);
    }

    /**
     * Each row's k nearest other rows by Euclidean distance; {@link #similarity} then holds the negated
     * squared distance.
     */
    public static Neighbours euclidean(float[] data, int d, int k) {
        return search(data, d, k, false);
    }

    private static Neighbours search(float[] data, int d, int k, boolean cosine) {
        int n = data.length / d;
        if (k < 1 || k > n - 1) {
            throw new IllegalArgumentException("k must be in [1, n - 1] = [1, " + (n - 1) + "], was " + k);
        }
        INDArray x = cosine ? unitRows(data, n, d) : Nd4j.create(data, new long[] {n, d}, 'c');
        float[] norms = new float[n];
        if (!cosine) {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += (double) data[i * d + j] * data[i * d + j];
                }
                norms[i] = (float) s;
            }
        }
        INDArray xt = x.transpose().dup('c');
        int[] indices = new int[n * k];
        float[] sims = new float[n * k];
        Products products = new Products(xt, n);
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK);
            INDArray block = x.get(
                            org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to),
                            org.nd4j.linalg.indexing.NDArrayIndex.all())
                    .dup('c');
            float[] s = products.of(block);
            free(block);
            int first = from;
            // rows are independent, so splitting them across threads leaves every result as it was
            Workers.forEach(to - from, r -> {
                if (!cosine) {
                    // -|a - b|^2 = 2 a.b - |a|^2 - |b|^2, so "largest" still means "nearest"
                    for (int j = 0; j < n; j++) {
                        s[r * n + j] = 2 * s[r * n + j] - norms[first + r] - norms[j];
                    }
                }
                topK(s, r * n, n, first + r, k, indices, sims, (first + r) * k);
            });
        }
        products.free();
        free(x, xt);
        return new Neighbours(k, indices, sims);
    }

    /**
     * Blocks of rows times the transposed table, into one native product array and one Java array that
     * every block reuses. Against {@code block.mmul(xt).toFloatVector()}, which made a fresh product
     * and read it element by element, a search of the 9,163 GloVe words is 3.4-6.0 times as fast
     * (docs/BENCHMARKS.md). Its buffer, and each block's copy, are freed at once rather than left for
     * the garbage collector, which ND4J otherwise waits for: with the fresh products an MR run drawing
     * 5,800 words peaked at 3.4-3.5 GB, with this at 1.3-2.1 GB.
     */
    private static final class Products {
        private final INDArray xt;
        private final int n;
        private final float[] values;
        private INDArray full;

        Products(INDArray xt, int n) {
            this.xt = xt;
            this.n = n;
            this.values = new float[Math.min(BLOCK, n) * n];
        }

        /** {@code block x xt}, row-major, in an array valid until the next call. */
        float[] of(INDArray block) {
            int rows = (int) block.rows();
            INDArray out;
            if (rows == BLOCK) {
                if (full == null) {
                    full = Nd4j.createUninitialized(DataType.FLOAT, new long[] {BLOCK, n}, 'c');
                }
                out = full;
            } else {
                out = Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, n}, 'c');
            }
            Nd4j.gemm(block, xt, out, false, false, 1.0, 0.0);
            out.data().asNioFloat().get(values, 0, rows * n);
            if (out != full) {
                out.close();
            }
            return values;
        }

        void free() {
            if (full != null) {
                full.close();
            }
        }
    }

    /** Releases the native memory of arrays that own their buffers (not views). */
    private static void free(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a.closeable()) {
                a.close();
            }
        }
    }

    /**
     * The {@code k} nearest rows (cosine) of each of {@code rows} among all rows of {@code table},
     * itself excluded: a search over the whole embedding table for the few words drawn. Costs {@code
     * rows.length x n x d}, in blocks of 1,024 query rows.
     *
     * @param table row-major {@code n x d}
     * @param rows the query rows, indices into {@code table}
     * @param k neighbours per query; at most n - 1
     */
    public static Neighbours among(float[] table, int d, int[] rows, int k) {
        int n = table.length / d;
        if (k < 1 || k > n - 1) {
            throw new IllegalArgumentException("k must be in [1, n - 1] = [1, " + (n - 1) + "], was " + k);
        }
        INDArray x = unitRows(table, n, d);
        INDArray xt = x.transpose().dup('c');
        int q = rows.length;
        int[] indices = new int[q * k];
        float[] sims = new float[q * k];
        Products products = new Products(xt, n);
        for (int from = 0; from < q; from += BLOCK) {
            int to = Math.min(q, from + BLOCK);
            INDArray queries = x.getRows(Arrays.copyOfRange(rows, from, to)).dup('c');
            float[] s = products.of(queries);
            free(queries);
            int first = from;
            Workers.forEach(to - from, r -> topK(s, r * n, n, rows[first + r], k, indices, sims, (first + r) * k));
        }
        products.free();
        free(x, xt);
        return new Neighbours(k, indices, sims);
    }

    /** Rows scaled to unit length (zero rows stay zero), as an ND4J matrix. */
    static INDArray unitRows(float[] data, int n, int d) {
        float[] unit = data.clone();
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += (double) unit[i * d + j] * unit[i * d + j];
            }
            float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
            for (int j = 0; j < d; j++) {
                unit[i * d + j] *= scale;
            }
        }
        return Nd4j.create(unit, new long[] {n, d}, 'c');
    }

    /** The k largest of {@code s[offset, offset + n)} except {@code self}; ties go to the lower index. */
    private static void topK(float[] s, int offset, int n, int self, int k, int[] outIdx, float[] outSim, int out) {
        int filled = 0;
        for (int j = 0; j < n; j++) {
            if (j == self) {
                continue;
            }
            float v = s[offset + j];
            if (filled == k && v <= outSim[out + k - 1]) {
                continue;
            }
            int pos = filled < k ? filled++ : k - 1;
            while (pos > 0 && outSim[out + pos - 1] < v) {
                outSim[out + pos] = outSim[out + pos - 1];
                outIdx[out + pos] = outIdx[out + pos - 1];
                pos--;
            }
            outSim[out + pos] = v;
            outIdx[out + pos] = j;
        }
    }
}
