package org.driftscope.vectors;

/** The on-disk layouts Driftscope reads and writes. Any of them may be gzipped for reading. */
public enum VectorFormat {
    /** word2vec C binary: {@code rows dims\n}, then per row the word, a space and dims little-endian float32. */
    WORD2VEC_BINARY,
    /** word2vec / fastText text: a {@code rows dims} header line, then {@code word v1 ... vd} per line. */
    WORD2VEC_TEXT,
    /** GloVe text: like word2vec text but without the header line. */
    GLOVE_TEXT,
    /** TensorBoard projector: tab-separated numbers in vectors.tsv, one word per line in metadata.tsv. */
    PROJECTOR_TSV;

    /** The name users type: {@code word2vec-binary}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
