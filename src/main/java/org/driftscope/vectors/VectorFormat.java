package org.driftscope.vectors;

/** The on-disk layouts Driftscope reads and writes. */
public enum VectorFormat {
    /** word2vec / fastText text: a {@code rows dims} header line, then {@code word v1 ... vd} per line. */
    WORD2VEC_TEXT,
    /** GloVe text: like word2vec text but without the header line. */
    GLOVE_TEXT
}
