package org.driftscope.corpus;

/** The layouts of labelled text that Driftscope reads. */
public enum DatasetFormat {
    /** Comma-separated values with a text and a label column; quoted fields may hold commas and newlines. */
    CSV,
    /** Tab-separated values with a text and a label column. */
    TSV,
    /** fastText: {@code __label__X text} per line. */
    FASTTEXT,
    /** {@code label text} per line, the label being the first word (as SST-2 ships). */
    LABEL_FIRST,
    /** One file per class, one document per line; the file name is the label (as MR ships). */
    FILE_PER_CLASS,
    /** One folder per class, one document per file (as aclImdb and 20 Newsgroups ship). */
    FOLDER_PER_CLASS;

    /** The name users type: {@code label-first}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The layout a {@link #label()} names, or empty. */
    public static java.util.Optional<DatasetFormat> ofLabel(String label) {
        return java.util.Arrays.stream(values())
                .filter(f -> f.label().equals(label))
                .findFirst();
    }
}
