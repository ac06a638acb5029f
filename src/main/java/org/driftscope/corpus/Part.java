package org.driftscope.corpus;

/** Which part of a dataset's own split a document belongs to. */
public enum Part {
    /** The dataset has no split of its own; Driftscope draws one. */
    UNSPLIT,
    TRAIN,
    VALIDATION,
    TEST
}
